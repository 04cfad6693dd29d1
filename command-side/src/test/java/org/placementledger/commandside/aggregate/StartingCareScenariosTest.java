package org.placementledger.commandside.aggregate;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.placementledger.commandside.domain.ChangeLegalStatus;
import org.placementledger.commandside.domain.Rule;
import org.placementledger.commandside.domain.StartCare;
import org.placementledger.events.CareStarted;
import org.placementledger.events.codes.CategoryOfNeed;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.codes.Sex;

import java.time.LocalDate;

import static org.placementledger.commandside.aggregate.RuleBrokenMatcher.refusedBy;
import static org.placementledger.commandside.domain.Torbay.AGENCY_FOSTER;
import static org.placementledger.commandside.domain.Torbay.AMELIA;
import static org.placementledger.commandside.domain.Torbay.BORN;
import static org.placementledger.commandside.domain.Torbay.CARE_START;
import static org.placementledger.commandside.domain.Torbay.CHILDRENS_HOME;
import static org.placementledger.commandside.domain.Torbay.FAMILY_HOME;
import static org.placementledger.commandside.domain.Torbay.careStarted;
import static org.placementledger.commandside.domain.Torbay.move;
import static org.placementledger.commandside.domain.Torbay.moved;
import static org.placementledger.commandside.domain.Torbay.placed;
import static org.placementledger.commandside.domain.Torbay.startCare;
import static org.placementledger.commandside.domain.Torbay.wentHome;

/** Periods of care: the first, a re-entry, and starts the record refuses. */
class StartingCareScenariosTest {

    private final FixtureConfiguration<ChildAggregate> fixture = ChildFixture.create();

    @Test
    void givenANineYearOldNeverInCare_whenCareStartsUnderAFullCareOrder_thenCareStartsInAgencyFosterPlacementP1() {
        fixture.givenNoPriorActivity()
                .when(startCare(CARE_START))
                .expectEvents(new CareStarted(AMELIA, CARE_START, BORN, Sex.F, FAMILY_HOME, LegalStatus.C2,
                        CategoryOfNeed.N1, placed("P1", AGENCY_FOSTER)));
    }

    @Test
    void givenAChildInCare_whenCareStartsAgain_thenRefused_andNothingIsStored() {
        fixture.given(careStarted())
                .when(startCare(LocalDate.of(2025, 5, 1)))
                .expectException(refusedBy(Rule.ALREADY_IN_CARE, "2024-01-15"))
                .expectNoEvents();
    }

    @Test
    void givenAChildWhoWentHome_whenTheyComeBackIntoCare_thenANewPeriodStarts_withANewPlacementId_andSexCodedForTheNewYear() {
        fixture.given(careStarted(), wentHome(LocalDate.of(2025, 3, 20)))
                .when(startCare(LocalDate.of(2025, 5, 1)))
                .expectEvents(new CareStarted(AMELIA, LocalDate.of(2025, 5, 1), BORN, Sex.F, FAMILY_HOME,
                        LegalStatus.C2, CategoryOfNeed.N1, placed("P2", AGENCY_FOSTER)));
    }

    @Test
    void givenAChildWhoCameBackIntoCare_whenTheyMove_thenTheMoveIsRecordedInTheNewPeriod() {
        fixture.given(careStarted(), wentHome(LocalDate.of(2025, 3, 20)),
                        careStarted(LocalDate.of(2025, 5, 1), "P2"))
                .when(move(LocalDate.of(2025, 6, 2), CHILDRENS_HOME))
                // The third placement of the child's record, dated in the new period: not refused as after care ended.
                .expectEvents(moved(LocalDate.of(2025, 6, 2), "P3", CHILDRENS_HOME));
    }

    @Test
    void givenAChildWhoWentHome_whenACareStartIsDatedBeforeTheyLeft_thenRefused() {
        fixture.given(careStarted(), wentHome(LocalDate.of(2025, 3, 20)))
                .when(startCare(LocalDate.of(2025, 3, 1)))
                .expectException(refusedBy(Rule.ALREADY_IN_CARE, "2025-03-01", "2024-01-15"));
    }

    @Test
    void givenABabyBornOn10March_whenCareStartsTheDayBefore_thenRefused() {
        StartCare beforeBirth = new StartCare("TQ-1002", LocalDate.of(2025, 3, 9), LocalDate.of(2025, 3, 10), Sex.M,
                FAMILY_HOME, LegalStatus.L2, CategoryOfNeed.N1, AGENCY_FOSTER);
        fixture.givenNoPriorActivity()
                .when(beforeBirth)
                .expectException(refusedBy(Rule.CARE_BEFORE_BIRTH, "2025-03-09", "2025-03-10"));
    }

    @Test
    void givenABabyBornOn10March_whenCareStartsOnTheDayOfBirthUnderAnEmergencyProtectionOrder_thenAccepted() {
        StartCare atBirth = new StartCare("TQ-1002", LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 10), Sex.M,
                FAMILY_HOME, LegalStatus.L2, CategoryOfNeed.N1, AGENCY_FOSTER);
        fixture.givenNoPriorActivity().when(atBirth).expectSuccessfulHandlerExecution();
    }

    @Test
    void givenAChildNeverRecorded_whenTheirLegalStatusChanges_thenRefused_andNoRecordIsCreated() {
        fixture.givenNoPriorActivity()
                .when(new ChangeLegalStatus(AMELIA, LocalDate.of(2025, 4, 2), LegalStatus.E1))
                .expectException(refusedBy(Rule.NOT_IN_CARE, "never been in care"))
                .expectNoEvents();
    }
}
