package org.placementledger.commandside.domain;

import org.placementledger.events.CareCeased;
import org.placementledger.events.CareStarted;
import org.placementledger.events.Money;
import org.placementledger.events.Placement;
import org.placementledger.events.PlacementChanged;
import org.placementledger.events.Postcode;
import org.placementledger.events.codes.CategoryOfNeed;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.codes.PlacementProvider;
import org.placementledger.events.codes.PlacementType;
import org.placementledger.events.codes.ReasonEpisodeCeased;
import org.placementledger.events.codes.ReasonPlaceChange;
import org.placementledger.events.codes.Sex;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Realistic children of a council's care, for scenarios: Amelia, nine, came into care on 15 January 2025
 * under a full care order for neglect, placed with an agency foster carer in Torquay at £965 a week.
 */
public final class Torbay {

    public static final String AMELIA = "TQ-1001";
    public static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    public static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).atZone(ZoneId.of("Europe/London")).toInstant(), ZoneId.of("Europe/London"));
    public static final LocalDate BORN = LocalDate.of(2015, 6, 2);
    public static final LocalDate CARE_START = LocalDate.of(2025, 1, 15);

    public static final NewPlacement AGENCY_FOSTER = new NewPlacement(null, PlacementType.U6, PlacementProvider.PR4, "SC484322",
            Postcode.of("TQ1 3AB"), Money.of("965.00"), false);
    public static final NewPlacement CHILDRENS_HOME = new NewPlacement(null, PlacementType.K2, PlacementProvider.PR4, "SC041255",
            Postcode.of("EX4 3PL"), Money.of("4725.00"), false);
    public static final NewPlacement HOSPITAL = new NewPlacement(null, PlacementType.T1, null, null,
            Postcode.of("TQ2 7AA"), null, false);
    public static final NewPlacement HOLIDAY = new NewPlacement(null, PlacementType.T2, null, null,
            Postcode.of("TR7 1HU"), null, false);

    private Torbay() {
    }

    public static Placement placed(String id, NewPlacement p) {
        return new Placement(id, p.type(), p.provider(), p.urn(), p.postcode(), p.weeklyCost(), p.parentAndChild());
    }

    public static StartCare startCare(LocalDate date) {
        return new StartCare(AMELIA, date, BORN, Sex.F, Postcode.of("TQ2 5QE"), LegalStatus.C2, CategoryOfNeed.N1, AGENCY_FOSTER);
    }

    public static CareStarted careStarted() {
        return new CareStarted(AMELIA, CARE_START, BORN, Sex.F, Postcode.of("TQ2 5QE"), LegalStatus.C2, CategoryOfNeed.N1,
                placed("P1", AGENCY_FOSTER));
    }

    public static CareStarted careStarted(LocalDate date, Sex sex) {
        return new CareStarted(AMELIA, date, BORN, sex, Postcode.of("TQ2 5QE"), LegalStatus.C2, CategoryOfNeed.N1,
                placed("P1", AGENCY_FOSTER));
    }

    public static ChangePlacement move(LocalDate date, NewPlacement to) {
        return new ChangePlacement(AMELIA, date, to, ReasonPlaceChange.CREQB, true);
    }

    public static PlacementChanged moved(LocalDate date, String id, NewPlacement to) {
        return new PlacementChanged(AMELIA, date, placed(id, to), ReasonPlaceChange.CREQB, true);
    }

    public static CareCeased wentHome(LocalDate date) {
        return new CareCeased(AMELIA, date, ReasonEpisodeCeased.E4A);
    }
}
