package org.placementledger.commandside.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.placementledger.commandside.domain.CeaseCare;
import org.placementledger.commandside.domain.ChangeHomePostcode;
import org.placementledger.commandside.domain.ChangeLegalStatus;
import org.placementledger.commandside.domain.ChangePlacement;
import org.placementledger.commandside.domain.ChangePlacementCost;
import org.placementledger.commandside.domain.NewPlacement;
import org.placementledger.commandside.domain.RetractEvent;
import org.placementledger.commandside.domain.StartCare;
import org.placementledger.events.codes.CategoryOfNeed;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.codes.PlacementProvider;
import org.placementledger.events.codes.PlacementType;
import org.placementledger.events.codes.ReasonEpisodeCeased;
import org.placementledger.events.codes.ReasonPlaceChange;
import org.placementledger.events.codes.Sex;

/** Turns the JSON bodies of the recording API into commands, naming every bad field. */
final class RecordingRequests {

    private RecordingRequests() {
    }

    static StartCare startCare(String childId, JsonNode body) {
        RequestFields f = RequestFields.of(body);
        StartCare command = new StartCare(childId,
                f.requiredDate("startDate"),
                f.requiredDate("dateOfBirth"),
                f.requiredCode("sex", Sex.class),
                f.requiredPostcode("homePostcode"),
                f.requiredCode("legalStatus", LegalStatus.class),
                f.requiredCode("categoryOfNeed", CategoryOfNeed.class),
                placement(f.requiredObject("placement")));
        f.throwIfInvalid();
        return command;
    }

    static ChangePlacement changePlacement(String childId, JsonNode body) {
        RequestFields f = RequestFields.of(body);
        ChangePlacement command = new ChangePlacement(childId,
                f.requiredDate("date"),
                placement(f.requiredObject("placement")),
                f.requiredCode("reason", ReasonPlaceChange.class),
                f.requiredBoolean("carerChanged"));
        f.throwIfInvalid();
        return command;
    }

    static ChangePlacementCost changeCost(String childId, String placementId, JsonNode body) {
        RequestFields f = RequestFields.of(body);
        var cost = f.optionalMoney("weeklyCost");
        if (cost == null && f.optionalNode("weeklyCost") == null) {
            f.requiredText("weeklyCost");
        }
        ChangePlacementCost command = new ChangePlacementCost(childId, placementId, f.requiredDate("from"), cost);
        f.throwIfInvalid();
        return command;
    }

    static ChangeLegalStatus changeLegalStatus(String childId, JsonNode body) {
        RequestFields f = RequestFields.of(body);
        ChangeLegalStatus command = new ChangeLegalStatus(childId, f.requiredDate("date"), f.requiredCode("legalStatus", LegalStatus.class));
        f.throwIfInvalid();
        return command;
    }

    static ChangeHomePostcode changeHomePostcode(String childId, JsonNode body) {
        RequestFields f = RequestFields.of(body);
        ChangeHomePostcode command = new ChangeHomePostcode(childId, f.requiredDate("date"), f.requiredPostcode("homePostcode"));
        f.throwIfInvalid();
        return command;
    }

    static CeaseCare ceaseCare(String childId, JsonNode body) {
        RequestFields f = RequestFields.of(body);
        CeaseCare command = new CeaseCare(childId, f.requiredDate("date"), f.requiredCode("reason", ReasonEpisodeCeased.class));
        f.throwIfInvalid();
        return command;
    }

    static RetractEvent retraction(String childId, JsonNode body) {
        RequestFields f = RequestFields.of(body);
        RetractEvent command = new RetractEvent(childId, f.requiredText("eventId"), f.requiredText("reason"));
        f.throwIfInvalid();
        return command;
    }

    private static NewPlacement placement(RequestFields f) {
        return new NewPlacement(
                f.optionalText("id"),
                f.requiredCode("type", PlacementType.class),
                f.optionalCode("provider", PlacementProvider.class),
                f.optionalText("urn"),
                f.requiredPostcode("postcode"),
                f.optionalMoney("weeklyCost"),
                f.optionalBoolean("parentAndChild", false));
    }
}
