package org.placementledger.commandside.domain;

import org.placementledger.events.CareCeased;
import org.placementledger.events.CareStarted;
import org.placementledger.events.Money;
import org.placementledger.events.Placement;
import org.placementledger.events.PlacementChanged;
import org.placementledger.events.PlacementCostChanged;
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
 * Realistic children of a council's care, for scenarios. Amelia, born 2 June 2014, came into care aged nine
 * on 15 January 2024 under a full care order (C2) for abuse or neglect (N1), placed with an agency foster
 * carer (U6, PR4) in Torquay at £965 a week. Her sex is coded 2 in 2023-24 and F from 2024-25.
 */
public final class Torbay {

    public static final String AMELIA = "TQ-1001";
    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    public static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).atZone(LONDON).toInstant(), LONDON);
    public static final LocalDate BORN = LocalDate.of(2014, 6, 2);
    public static final LocalDate CARE_START = LocalDate.of(2024, 1, 15);
    public static final Postcode FAMILY_HOME = Postcode.of("TQ2 5QE");

    public static final NewPlacement AGENCY_FOSTER = new NewPlacement(null, PlacementType.U6, PlacementProvider.PR4, "SC484322",
            Postcode.of("TQ1 3AB"), Money.of("965.00"), false);
    public static final NewPlacement IN_HOUSE_FOSTER = new NewPlacement(null, PlacementType.U4, PlacementProvider.PR1, null,
            Postcode.of("TQ4 6LQ"), Money.of("402.00"), false);
    public static final NewPlacement CHILDRENS_HOME = new NewPlacement(null, PlacementType.K2, PlacementProvider.PR4, "SC041255",
            Postcode.of("EX4 3PL"), Money.of("4725.00"), false);
    /** Torbay Hospital: temporary placements have no provider and, here, no separate cost. */
    public static final NewPlacement HOSPITAL = new NewPlacement(null, PlacementType.T1, null, null,
            Postcode.of("TQ2 7AA"), null, false);
    public static final NewPlacement HOLIDAY = new NewPlacement(null, PlacementType.T2, null, null,
            Postcode.of("TR7 1HU"), null, false);

    private Torbay() {
    }

    /** Female, whatever the year: the ledger keeps today's code and writes each return in its year's. */
    public static Sex femaleOn(LocalDate date) {
        return Sex.F;
    }

    public static Placement placed(String id, NewPlacement p) {
        return new Placement(id, p.type(), p.provider(), p.urn(), p.postcode(), p.weeklyCost(), p.parentAndChild());
    }

    public static NewPlacement withId(String id, NewPlacement p) {
        return new NewPlacement(id, p.type(), p.provider(), p.urn(), p.postcode(), p.weeklyCost(), p.parentAndChild());
    }

    public static NewPlacement costing(String weekly, NewPlacement p) {
        return new NewPlacement(p.id(), p.type(), p.provider(), p.urn(), p.postcode(), weekly == null ? null : Money.of(weekly), p.parentAndChild());
    }

    public static NewPlacement ofType(PlacementType type, NewPlacement p) {
        return new NewPlacement(p.id(), type, p.provider(), p.urn(), p.postcode(), p.weeklyCost(), p.parentAndChild());
    }

    public static StartCare startCare(LocalDate date) {
        return new StartCare(AMELIA, date, BORN, femaleOn(date), FAMILY_HOME, LegalStatus.C2, CategoryOfNeed.N1, AGENCY_FOSTER);
    }

    public static StartCare startCare(LocalDate date, NewPlacement placement) {
        return new StartCare(AMELIA, date, BORN, femaleOn(date), FAMILY_HOME, LegalStatus.C2, CategoryOfNeed.N1, placement);
    }

    /** Amelia's start of care as recorded: 15 January 2024, in agency foster placement P1. */
    public static CareStarted careStarted() {
        return careStarted(CARE_START, "P1");
    }

    public static CareStarted careStarted(LocalDate date, String placementId) {
        return new CareStarted(AMELIA, date, BORN, femaleOn(date), FAMILY_HOME, LegalStatus.C2, CategoryOfNeed.N1,
                placed(placementId, AGENCY_FOSTER));
    }

    public static ChangePlacement move(LocalDate date, NewPlacement to) {
        return new ChangePlacement(AMELIA, date, to, ReasonPlaceChange.CREQB, true);
    }

    public static PlacementChanged moved(LocalDate date, String id, NewPlacement to) {
        return new PlacementChanged(AMELIA, date, placed(id, to), ReasonPlaceChange.CREQB, true);
    }

    public static PlacementCostChanged costFrom(LocalDate date, String placementId, String weekly) {
        return new PlacementCostChanged(AMELIA, date, placementId, Money.of(weekly));
    }

    public static CeaseCare goHome(LocalDate date) {
        return new CeaseCare(AMELIA, date, ReasonEpisodeCeased.E4A);
    }

    public static CareCeased wentHome(LocalDate date) {
        return new CareCeased(AMELIA, date, ReasonEpisodeCeased.E4A);
    }
}
