package org.placementledger.projections.incare;

import org.placementledger.events.CareCeased;
import org.placementledger.events.CareStarted;
import org.placementledger.events.ChildEvent;
import org.placementledger.events.EventCorrected;
import org.placementledger.events.EventRetracted;
import org.placementledger.events.LegalStatusChanged;
import org.placementledger.events.Money;
import org.placementledger.events.Placement;
import org.placementledger.events.PlacementChanged;
import org.placementledger.events.PlacementCostChanged;
import org.placementledger.events.Postcode;
import org.placementledger.events.RecordedEvent;
import org.placementledger.events.codes.CategoryOfNeed;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.codes.PlacementProvider;
import org.placementledger.events.codes.PlacementType;
import org.placementledger.events.codes.ReasonEpisodeCeased;
import org.placementledger.events.codes.ReasonPlaceChange;
import org.placementledger.events.codes.Sex;

import java.time.Instant;
import java.time.LocalDate;

/** Realistic events of children in Torbay's care, as they arrive on the placement-events topic. */
final class Children {

    static final Placement AGENCY_FOSTER = new Placement("P1", PlacementType.U6, PlacementProvider.PR4, "SC484322",
            Postcode.of("TQ1 3AB"), Money.of("965.00"), false);
    static final Placement CHILDRENS_HOME = new Placement("P2", PlacementType.K2, PlacementProvider.PR4, "SC041255",
            Postcode.of("EX4 3PL"), Money.of("4725.00"), false);
    static final Placement HOSPITAL = new Placement("P3", PlacementType.T1, null, null, Postcode.of("TQ2 7AA"), null, false);

    private Children() {
    }

    static RecordedEvent recorded(String eventId, long sequence, ChildEvent event) {
        return new RecordedEvent(eventId, event.childId(), sequence, Instant.parse("2024-06-01T09:00:00Z").plusSeconds(sequence),
                "j.smith", "1", event);
    }

    /** A nine-year-old entering care under a full care order into an agency foster placement. */
    static CareStarted startsInFostering(String childId, LegalStatus legalStatus) {
        return new CareStarted(childId, LocalDate.of(2024, 1, 15), LocalDate.of(2014, 6, 2), Sex.F,
                Postcode.of("TQ2 5QE"), legalStatus, CategoryOfNeed.N1, AGENCY_FOSTER);
    }

    static PlacementChanged movesTo(String childId, Placement placement, LocalDate date) {
        return new PlacementChanged(childId, date, placement, ReasonPlaceChange.CREQB, true);
    }

    static PlacementCostChanged costRises(String childId, Placement placement, String weeklyCost, LocalDate date) {
        return new PlacementCostChanged(childId, date, placement.id(), Money.of(weeklyCost));
    }

    static CareCeased goesHome(String childId, LocalDate date) {
        return new CareCeased(childId, date, ReasonEpisodeCeased.E4A);
    }

    static LegalStatusChanged placementOrder(String childId, LocalDate date) {
        return new LegalStatusChanged(childId, date, LegalStatus.E1);
    }

    static EventCorrected corrects(String childId, String eventId, PlacementChanged correction) {
        return new EventCorrected(childId, eventId, correction, "type was keyed wrongly");
    }

    static EventRetracted retracts(String childId, String eventId, LocalDate date) {
        return new EventRetracted(childId, date, eventId, "recorded against the wrong child");
    }
}
