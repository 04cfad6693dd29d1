package org.placementledger.commandside.domain;

import org.junit.jupiter.api.Test;
import org.placementledger.events.ChildEvent;
import org.placementledger.events.EventCorrected;
import org.placementledger.events.EventRetracted;
import org.placementledger.events.LegalStatusChanged;
import org.placementledger.events.PlacementChanged;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.history.EffectiveHistory;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.placementledger.commandside.domain.Torbay.AGENCY_FOSTER;
import static org.placementledger.commandside.domain.Torbay.AMELIA;
import static org.placementledger.commandside.domain.Torbay.CHILDRENS_HOME;
import static org.placementledger.commandside.domain.Torbay.TODAY;
import static org.placementledger.commandside.domain.Torbay.careStarted;
import static org.placementledger.commandside.domain.Torbay.move;
import static org.placementledger.commandside.domain.Torbay.moved;

/** Corrections and retractions, decided in plain Java against a record whose event ids are known. */
class CorrectionDecisionsTest {

    private static final LocalDate MOVED_ON = LocalDate.of(2025, 3, 10);

    private final EffectiveHistory amelia = EffectiveHistory.empty()
            .with("start", 0, careStarted())
            .with("move", 1, moved(MOVED_ON, "P2", CHILDRENS_HOME));

    private ChildEvent decide(ChildCommand command, EffectiveHistory history) {
        return ChildDecisions.decide(command, history, TODAY, RecordLimits.DEFAULT);
    }

    @Test
    void givenAMoveRecordedWithTheWrongDate_whenCorrected_thenTheCorrectionNamesTheMove_andTheNextDecisionUsesTheCorrectedDate() {
        PlacementChanged rightDate = moved(LocalDate.of(2025, 3, 3), "P2", CHILDRENS_HOME);
        ChildEvent corrected = decide(new CorrectEvent(AMELIA, "move", rightDate, "date from the placement plan"), amelia);

        assertThat(corrected).isEqualTo(new EventCorrected(AMELIA, "move", rightDate, "date from the placement plan"));
        EffectiveHistory after = amelia.with("fix", 2, corrected);
        // A move on 5 March was refused before the correction (before the move on 10 March); now it is after the move on 3 March.
        assertThatThrownBy(() -> decide(move(LocalDate.of(2025, 3, 5), AGENCY_FOSTER), amelia))
                .isInstanceOf(RuleBroken.class).extracting(e -> ((RuleBroken) e).rule()).isEqualTo(Rule.MOVE_BEFORE_CURRENT_PLACEMENT);
        assertThat(decide(move(LocalDate.of(2025, 3, 5), AGENCY_FOSTER), after)).isInstanceOf(PlacementChanged.class);
    }

    @Test
    void givenAMove_whenACorrectionOfItIsALegalStatusChange_thenRefused() {
        LegalStatusChanged notAMove = new LegalStatusChanged(AMELIA, MOVED_ON, LegalStatus.E1);
        assertThatThrownBy(() -> decide(new CorrectEvent(AMELIA, "move", notAMove, "wrong kind"), amelia))
                .isInstanceOf(RuleBroken.class).extracting(e -> ((RuleBroken) e).rule()).isEqualTo(Rule.CORRECTION_CHANGES_TYPE);
    }

    @Test
    void givenAMove_whenCorrectedToADateInTheFuture_thenRefusedByTheDateRule() {
        PlacementChanged future = moved(TODAY.plusDays(3), "P2", CHILDRENS_HOME);
        assertThatThrownBy(() -> decide(new CorrectEvent(AMELIA, "move", future, "typo"), amelia))
                .isInstanceOf(RuleBroken.class).extracting(e -> ((RuleBroken) e).rule()).isEqualTo(Rule.DATE_IN_FUTURE);
    }

    @Test
    void givenAMove_whenRetracted_thenTheRetractionNamesIt_andTheChildIsBackInTheirFirstPlacement() {
        ChildEvent retraction = decide(new RetractEvent(AMELIA, "move", "recorded against the wrong child"), amelia);

        assertThat(retraction).isEqualTo(new EventRetracted(AMELIA, MOVED_ON, "move", "recorded against the wrong child"));
        EffectiveHistory after = amelia.with("undo", 2, retraction);
        assertThat(after.inRecordedOrder()).extracting(f -> f.eventId()).containsExactly("start");
        assertThatThrownBy(() -> decide(new RetractEvent(AMELIA, "move", "again"), after))
                .isInstanceOf(RuleBroken.class).extracting(e -> ((RuleBroken) e).rule()).isEqualTo(Rule.UNKNOWN_EVENT);
    }

    @Test
    void givenAChildWhoMoved_whenTheStartOfCareIsRetracted_thenRefused_becauseTheMoveWouldBeOutsideCare() {
        assertThatThrownBy(() -> decide(new RetractEvent(AMELIA, "start", "wrong child"), amelia))
                .isInstanceOf(RuleBroken.class)
                .satisfies(e -> {
                    RuleBroken broken = (RuleBroken) e;
                    assertThat(broken.rule()).isEqualTo(Rule.CORRECTION_BREAKS_RECORD);
                    assertThat(broken.reason()).contains("the move on 2025-03-10 (event move)").contains("NOT_IN_CARE");
                    assertThat(broken.getCause()).isInstanceOfSatisfying(RuleBroken.class,
                            cause -> assertThat(cause.rule()).isEqualTo(Rule.NOT_IN_CARE));
                });
    }

    @Test
    void givenACostChangeInTheChildrensHome_whenTheMoveIsCorrectedToAfterIt_thenRefused_becauseTheCostWouldFallOutsideItsPlacement() {
        EffectiveHistory withCost = amelia.with("cost", 2, new org.placementledger.events.PlacementCostChanged(AMELIA,
                LocalDate.of(2025, 4, 1), "P2", org.placementledger.events.Money.of("5100.00")));
        PlacementChanged later = moved(LocalDate.of(2025, 5, 1), "P2", CHILDRENS_HOME);
        assertThatThrownBy(() -> decide(new CorrectEvent(AMELIA, "move", later, "date"), withCost))
                .isInstanceOf(RuleBroken.class).extracting(e -> ((RuleBroken) e).rule()).isEqualTo(Rule.CORRECTION_BREAKS_RECORD);
    }

    @Test
    void givenAMoveCorrectedOnce_whenTheCorrectionIsItselfCorrected_byNamingTheCorrection_thenTheOriginalIsNamed() {
        EffectiveHistory corrected = amelia.with("fix", 2, decide(new CorrectEvent(AMELIA, "move",
                moved(LocalDate.of(2025, 3, 3), "P2", CHILDRENS_HOME), "date from the placement plan"), amelia));
        PlacementChanged rightDate = moved(LocalDate.of(2025, 3, 4), "P2", CHILDRENS_HOME);

        assertThat(decide(new CorrectEvent(AMELIA, "fix", rightDate, "the plan was a day out"), corrected))
                .isEqualTo(new EventCorrected(AMELIA, "move", rightDate, "the plan was a day out"));
    }

    @Test
    void givenTheOnlyEventIsTheStartOfCare_whenItIsRetracted_thenAccepted_andTheChildWasNeverInCare() {
        EffectiveHistory started = EffectiveHistory.empty().with("start", 0, careStarted());
        ChildEvent retraction = decide(new RetractEvent(AMELIA, "start", "recorded against the wrong child"), started);

        assertThat(retraction).isEqualTo(new EventRetracted(AMELIA, Torbay.CARE_START, "start", "recorded against the wrong child"));
        assertThatThrownBy(() -> decide(move(LocalDate.of(2025, 4, 1), CHILDRENS_HOME), started.with("undo", 1, retraction)))
                .isInstanceOfSatisfying(RuleBroken.class, e -> assertThat(e.rule()).isEqualTo(Rule.NOT_IN_CARE));
    }

    @Test
    void givenAStartOfCare_whenCorrectedToBeforeTheChildWasBorn_thenRefusedByItsOwnRule_notAsBreakingTheRecord() {
        EffectiveHistory started = EffectiveHistory.empty().with("start", 0, careStarted());
        assertThatThrownBy(() -> decide(new CorrectEvent(AMELIA, "start",
                Torbay.careStarted(LocalDate.of(2014, 6, 1), "P1"), "typo"), started))
                .isInstanceOfSatisfying(RuleBroken.class, e -> {
                    assertThat(e.rule()).isEqualTo(Rule.CARE_BEFORE_BIRTH);
                    assertThat(e.reason()).contains("2014-06-01").contains("2014-06-02");
                });
    }
}
