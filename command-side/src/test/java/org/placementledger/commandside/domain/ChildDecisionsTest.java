package org.placementledger.commandside.domain;

import org.junit.jupiter.api.Test;
import org.placementledger.events.ChildEvent;
import org.placementledger.events.LegalStatusChanged;
import org.placementledger.events.Money;
import org.placementledger.events.PlacementChanged;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.history.EffectiveHistory;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.placementledger.commandside.domain.Torbay.AMELIA;
import static org.placementledger.commandside.domain.Torbay.CHILDRENS_HOME;
import static org.placementledger.commandside.domain.Torbay.IN_HOUSE_FOSTER;
import static org.placementledger.commandside.domain.Torbay.TODAY;
import static org.placementledger.commandside.domain.Torbay.careStarted;
import static org.placementledger.commandside.domain.Torbay.goHome;
import static org.placementledger.commandside.domain.Torbay.move;
import static org.placementledger.commandside.domain.Torbay.moved;
import static org.placementledger.commandside.domain.Torbay.withId;

/** The decisions as plain functions: a record, a command, today and the limits in; one event or a refusal out. */
class ChildDecisionsTest {

    private final EffectiveHistory amelia = EffectiveHistory.empty()
            .with("start", 0, careStarted())
            .with("move", 1, moved(LocalDate.of(2025, 3, 1), "P2", CHILDRENS_HOME));

    private ChildEvent decide(ChildCommand command, EffectiveHistory history) {
        return ChildDecisions.decide(command, history, TODAY, RecordLimits.DEFAULT);
    }

    private static Rule ruleOf(Throwable refusal) {
        return ((RuleBroken) refusal).rule();
    }

    @Test
    void givenAPlacementOrderOn10April_whenCareIsRecordedAsCeasingOn5April_thenRefused_namingTheOrderThatWouldFallOutsideCare() {
        EffectiveHistory withOrder = amelia.with("order", 2, new LegalStatusChanged(AMELIA, LocalDate.of(2025, 4, 10), LegalStatus.E1));

        assertThatThrownBy(() -> decide(goHome(LocalDate.of(2025, 4, 5)), withOrder))
                .isInstanceOfSatisfying(RuleBroken.class, refusal -> {
                    assertThat(refusal.rule()).isEqualTo(Rule.NOT_IN_CARE);
                    assertThat(refusal.reason()).contains("the legal status change on 2025-04-10 (event order)");
                    assertThat(refusal.getCause()).isInstanceOf(RuleBroken.class);
                });
        assertThat(decide(goHome(LocalDate.of(2025, 4, 10)), withOrder)).isEqualTo(Torbay.wentHome(LocalDate.of(2025, 4, 10)));
    }

    @Test
    void givenARecorderChoseTheIdP3ForAnEarlierMove_whenTheNextMoveHasNoId_thenItIsGivenP4_notP3() {
        EffectiveHistory recorderChoseP3 = EffectiveHistory.empty()
                .with("start", 0, careStarted())
                .with("move", 1, moved(LocalDate.of(2025, 3, 1), "P3", CHILDRENS_HOME));

        ChildEvent next = decide(move(LocalDate.of(2025, 4, 1), IN_HOUSE_FOSTER), recorderChoseP3);

        assertThat(((PlacementChanged) next).placement().id()).isEqualTo("P4");
    }

    @Test
    void givenARecorderIdOfOnlySpaces_thenItCountsAsNoId_andOneIsGiven() {
        ChildEvent next = decide(move(LocalDate.of(2025, 4, 1), withId("  ", IN_HOUSE_FOSTER)), amelia);

        assertThat(((PlacementChanged) next).placement().id()).isEqualTo("P3");
    }

    @Test
    void givenAChildNotInCare_whenAMoveNamesAnIdTheyAlreadyHad_thenTheyAreToldTheyAreNotInCare_beforeAnythingAboutTheId() {
        EffectiveHistory wentHome = amelia.with("home", 2, Torbay.wentHome(LocalDate.of(2025, 3, 20)));

        assertThatThrownBy(() -> decide(move(LocalDate.of(2025, 4, 1), withId("P1", IN_HOUSE_FOSTER)), wentHome))
                .satisfies(refusal -> assertThat(ruleOf(refusal)).isEqualTo(Rule.NOT_IN_CARE));
    }

    @Test
    void givenTheSameRecordAndCommand_whenDecidedTwice_thenTheSameEvent_andTheRecordIsUnchanged() {
        ChildCommand command = move(LocalDate.of(2025, 4, 1), IN_HOUSE_FOSTER);

        assertThat(decide(command, amelia)).isEqualTo(decide(command, amelia));
        assertThat(amelia.inRecordedOrder()).hasSize(2);
    }

    @Test
    void givenTheDefaultLimits_thenTheCeilingIs25000PoundsAWeek_andLimitsWithoutACeilingCannotBeMade() {
        assertThat(RecordLimits.DEFAULT.weeklyCostCeiling()).isEqualTo(Money.of("25000.00"));
        assertThatThrownBy(() -> new RecordLimits(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void everyRuleHasADescription() {
        for (Rule rule : Rule.values()) {
            assertThat(rule.description()).as(rule.name()).isNotBlank();
        }
    }
}
