package org.placementledger.events;

import org.placementledger.events.codes.CategoryOfNeed;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.codes.PlacementProvider;
import org.placementledger.events.codes.PlacementType;
import org.placementledger.events.codes.ReasonEpisodeCeased;
import org.placementledger.events.codes.ReasonPlaceChange;
import org.placementledger.events.codes.Sex;

import java.time.LocalDate;

/** One realistic child's events: a nine-year-old girl in Torbay's care. */
final class Children {

    static final String CHILD = "TQ-1001";

    static final Placement AGENCY_FOSTER = new Placement("P1", PlacementType.U6, PlacementProvider.PR4, "SC484322",
            Postcode.of("TQ1 3AB"), Money.of("965.00"), false);
    static final Placement CHILDRENS_HOME = new Placement("P2", PlacementType.K2, PlacementProvider.PR4, "SC041255",
            Postcode.of("EX4 3PL"), Money.of("4725.00"), false);

    static final CareStarted CARE_STARTED = new CareStarted(CHILD, LocalDate.of(2024, 1, 15), LocalDate.of(2014, 6, 2),
            Sex.F, Postcode.of("TQ2 5QE"), LegalStatus.C2, CategoryOfNeed.N1, AGENCY_FOSTER);
    /** The first known episode of a period of care that began before the records (903 RNE P). */
    static final CareStarted CARE_STARTED_PART_WAY = new CareStarted(CHILD, LocalDate.of(2024, 1, 15), LocalDate.of(2014, 6, 2),
            Sex.F, Postcode.of("TQ2 5QE"), LegalStatus.C2, CategoryOfNeed.N1, AGENCY_FOSTER,
            org.placementledger.events.codes.ReasonNewEpisode.P);
    static final ReturnRowsRecorded ADOPTION_DETAILS = new ReturnRowsRecorded(CHILD, LocalDate.of(2025, 3, 31), "AD1",
            "01/06/2024,01/09/2024,1,2,MF,L0\n");
    static final ChildDetailsRecorded DETAILS = new ChildDetailsRecorded(CHILD, LocalDate.of(2025, 3, 31), "WBRI", "A123456789012", "0", null);
    static final PlacementChanged MOVED = new PlacementChanged(CHILD, LocalDate.of(2024, 9, 1), CHILDRENS_HOME,
            ReasonPlaceChange.CREQB, true);
    static final PlacementCostChanged COST_RAISED = new PlacementCostChanged(CHILD, LocalDate.of(2024, 10, 1), "P2", Money.of("5100"));
    static final LegalStatusChanged PLACEMENT_ORDER = new LegalStatusChanged(CHILD, LocalDate.of(2024, 11, 4), LegalStatus.E1);
    static final HomePostcodeChanged FAMILY_MOVED = new HomePostcodeChanged(CHILD, LocalDate.of(2024, 12, 2), Postcode.of("tq47ea"));
    static final CareCeased WENT_HOME = new CareCeased(CHILD, LocalDate.of(2025, 3, 20), ReasonEpisodeCeased.E4A);
    static final EventCorrected MOVE_DATE_CORRECTED = new EventCorrected(CHILD, "5f0c6a4e-1d7e-4f25-9a3e-0c1d2b3a4f50",
            new PlacementChanged(CHILD, LocalDate.of(2024, 8, 28), CHILDRENS_HOME, ReasonPlaceChange.CREQB, true),
            "move date taken from the placement plan, not the referral");
    static final EventRetracted COST_RETRACTED = new EventRetracted(CHILD, LocalDate.of(2024, 10, 1),
            "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d", "uplift was never agreed");

    private Children() {
    }
}
