package org.placementledger.commandside.aggregate;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;
import org.placementledger.commandside.domain.CorrectEvent;
import org.placementledger.commandside.domain.RetractEvent;
import org.placementledger.commandside.domain.Rule;
import org.placementledger.events.EventCorrected;
import org.placementledger.events.EventRetracted;
import org.placementledger.events.LegalStatusChanged;
import org.placementledger.events.PlacementChanged;
import org.placementledger.events.codes.LegalStatus;

import java.time.LocalDate;

import static org.placementledger.commandside.aggregate.RuleBrokenMatcher.refusedBy;
import static org.placementledger.commandside.domain.Torbay.AMELIA;
import static org.placementledger.commandside.domain.Torbay.CHILDRENS_HOME;
import static org.placementledger.commandside.domain.Torbay.IN_HOUSE_FOSTER;
import static org.placementledger.commandside.domain.Torbay.careStarted;
import static org.placementledger.commandside.domain.Torbay.costFrom;
import static org.placementledger.commandside.domain.Torbay.move;
import static org.placementledger.commandside.domain.Torbay.moved;

/**
 * Corrections and retractions name an event of the child's record. Amelia moved to a children's home, recorded
 * as 10 March 2025; the placement plan says 3 March.
 */
class CorrectionScenariosTest {

    private static final LocalDate RECORDED_MOVE = LocalDate.of(2025, 3, 10);
    private static final LocalDate REAL_MOVE = LocalDate.of(2025, 3, 3);

    private final FixtureConfiguration<ChildAggregate> fixture = ChildFixture.create();

    /** Amelia's start of care (sequence 0) and her move to the children's home (sequence 1). */
    private TestExecutor<ChildAggregate> givenAmeliaMoved() {
        return fixture.given(careStarted(), moved(RECORDED_MOVE, "P2", CHILDRENS_HOME));
    }

    @Test
    void givenAMoveRecordedWithTheWrongDate_whenItsDateIsCorrected_thenTheCorrectionNamesTheMove() {
        TestExecutor<ChildAggregate> given = givenAmeliaMoved();
        String moveId = ChildFixture.eventIdAt(fixture, 1);
        PlacementChanged rightDate = moved(REAL_MOVE, "P2", CHILDRENS_HOME);
        given.when(new CorrectEvent(AMELIA, moveId, rightDate, "date from the placement plan"))
                .expectEvents(new EventCorrected(AMELIA, moveId, rightDate, "date from the placement plan"));
    }

    @Test
    void givenAMoveWhoseDateWasCorrectedTo3March_whenTheChildMovesOn5March_thenTheMoveIsJudgedByTheCorrectedDate() {
        TestExecutor<ChildAggregate> given = givenAmeliaMoved();
        String moveId = ChildFixture.eventIdAt(fixture, 1);
        given.andGiven(new EventCorrected(AMELIA, moveId, moved(REAL_MOVE, "P2", CHILDRENS_HOME), "date from the placement plan"))
                .when(move(LocalDate.of(2025, 3, 5), IN_HOUSE_FOSTER))
                .expectEvents(moved(LocalDate.of(2025, 3, 5), "P3", IN_HOUSE_FOSTER));
    }

    @Test
    void givenAMoveStillRecordedOn10March_whenTheChildMovesOn5March_thenRefused() {
        givenAmeliaMoved()
                .when(move(LocalDate.of(2025, 3, 5), IN_HOUSE_FOSTER))
                .expectException(refusedBy(Rule.MOVE_BEFORE_CURRENT_PLACEMENT, "2025-03-05", "2025-03-10"));
    }

    @Test
    void givenAChildInCare_whenACorrectionNamesAnEventTheRecordDoesNotHold_thenRefused() {
        givenAmeliaMoved()
                .when(new CorrectEvent(AMELIA, "8c1e0f52-5d0b-4c55-9f0e-3a5f1b2c7d90", moved(REAL_MOVE, "P2", CHILDRENS_HOME), "date"))
                .expectException(refusedBy(Rule.UNKNOWN_EVENT, "8c1e0f52-5d0b-4c55-9f0e-3a5f1b2c7d90"))
                .expectNoEvents();
    }

    @Test
    void givenARetractedMove_whenACorrectionNamesIt_thenRefused() {
        TestExecutor<ChildAggregate> given = givenAmeliaMoved();
        String moveId = ChildFixture.eventIdAt(fixture, 1);
        given.andGiven(new EventRetracted(AMELIA, RECORDED_MOVE, moveId, "recorded against the wrong child"))
                .when(new CorrectEvent(AMELIA, moveId, moved(REAL_MOVE, "P2", CHILDRENS_HOME), "date"))
                .expectException(refusedBy(Rule.UNKNOWN_EVENT, moveId, "retracted"));
    }

    @Test
    void givenAMove_whenItsCorrectionIsALegalStatusChange_thenRefused() {
        TestExecutor<ChildAggregate> given = givenAmeliaMoved();
        String moveId = ChildFixture.eventIdAt(fixture, 1);
        given.when(new CorrectEvent(AMELIA, moveId, new LegalStatusChanged(AMELIA, RECORDED_MOVE, LegalStatus.E1), "wrong kind"))
                .expectException(refusedBy(Rule.CORRECTION_CHANGES_TYPE, "PlacementChanged", "LegalStatusChanged"));
    }

    @Test
    void givenAMove_whenItsCorrectionIsAMoveOfAnotherChild_thenRefused() {
        TestExecutor<ChildAggregate> given = givenAmeliaMoved();
        String moveId = ChildFixture.eventIdAt(fixture, 1);
        PlacementChanged otherChild = new PlacementChanged("TQ-2040", REAL_MOVE, moved(REAL_MOVE, "P2", CHILDRENS_HOME).placement(),
                moved(REAL_MOVE, "P2", CHILDRENS_HOME).reason(), true);
        given.when(new CorrectEvent(AMELIA, moveId, otherChild, "wrong child"))
                .expectException(refusedBy(Rule.CORRECTION_CHANGES_TYPE, "TQ-2040"));
    }

    @Test
    void givenACostChangeInTheChildrensHomeFrom1April_whenTheMoveIsCorrectedTo1May_thenRefused_becauseTheCostWouldFallBeforeThePlacement() {
        TestExecutor<ChildAggregate> given = fixture.given(careStarted(), moved(RECORDED_MOVE, "P2", CHILDRENS_HOME),
                costFrom(LocalDate.of(2025, 4, 1), "P2", "5100.00"));
        String moveId = ChildFixture.eventIdAt(fixture, 1);
        String costId = ChildFixture.eventIdAt(fixture, 2);
        given.when(new CorrectEvent(AMELIA, moveId, moved(LocalDate.of(2025, 5, 1), "P2", CHILDRENS_HOME), "date"))
                .expectException(refusedBy(Rule.CORRECTION_BREAKS_RECORD, Rule.COST_OUTSIDE_PLACEMENT, costId, "2025-04-01"))
                .expectNoEvents();
    }

    @Test
    void givenAChildInTheirSecondPlacement_whenTheMoveIsCorrectedToReuseTheFirstPlacementsId_thenRefused() {
        TestExecutor<ChildAggregate> given = givenAmeliaMoved();
        String moveId = ChildFixture.eventIdAt(fixture, 1);
        given.when(new CorrectEvent(AMELIA, moveId, moved(RECORDED_MOVE, "P1", CHILDRENS_HOME), "id"))
                .expectException(refusedBy(Rule.DUPLICATE_PLACEMENT_ID, "P1", "2024-01-15"));
    }

    @Test
    void givenAMoveRecordedAgainstTheWrongChild_whenRetracted_thenTheRetractionNamesIt() {
        TestExecutor<ChildAggregate> given = givenAmeliaMoved();
        String moveId = ChildFixture.eventIdAt(fixture, 1);
        given.when(new RetractEvent(AMELIA, moveId, "recorded against the wrong child"))
                .expectEvents(new EventRetracted(AMELIA, RECORDED_MOVE, moveId, "recorded against the wrong child"));
    }

    @Test
    void givenAChildWhoMoved_whenTheirStartOfCareIsRetracted_thenRefused_becauseTheMoveWouldBeOutsideCare() {
        TestExecutor<ChildAggregate> given = givenAmeliaMoved();
        String startId = ChildFixture.eventIdAt(fixture, 0);
        String moveId = ChildFixture.eventIdAt(fixture, 1);
        given.when(new RetractEvent(AMELIA, startId, "recorded against the wrong child"))
                .expectException(refusedBy(Rule.CORRECTION_BREAKS_RECORD, Rule.NOT_IN_CARE, moveId, "2025-03-10"))
                .expectNoEvents();
    }

    @Test
    void givenAChildInCare_whenARetractionNamesNoEventOfTheirs_thenRefused() {
        givenAmeliaMoved()
                .when(new RetractEvent(AMELIA, "0b9a4f1c-2e3d-4c5b-8a79-6e5f4d3c2b1a", "duplicate"))
                .expectException(refusedBy(Rule.UNKNOWN_EVENT));
    }
}
