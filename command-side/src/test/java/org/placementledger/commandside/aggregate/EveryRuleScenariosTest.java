package org.placementledger.commandside.aggregate;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.placementledger.commandside.domain.CeaseCare;
import org.placementledger.commandside.domain.ChangeHomePostcode;
import org.placementledger.commandside.domain.ChangeLegalStatus;
import org.placementledger.commandside.domain.ChangePlacementCost;
import org.placementledger.commandside.domain.ChildCommand;
import org.placementledger.commandside.domain.CorrectEvent;
import org.placementledger.commandside.domain.NewPlacement;
import org.placementledger.commandside.domain.RetractEvent;
import org.placementledger.commandside.domain.Rule;
import org.placementledger.commandside.domain.StartCare;
import org.placementledger.events.ChildEvent;
import org.placementledger.events.LegalStatusChanged;
import org.placementledger.events.Money;
import org.placementledger.events.Postcode;
import org.placementledger.events.codes.CategoryOfNeed;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.codes.PlacementProvider;
import org.placementledger.events.codes.PlacementType;
import org.placementledger.events.codes.ReasonEpisodeCeased;
import org.placementledger.events.codes.Sex;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.placementledger.commandside.aggregate.RuleBrokenMatcher.refusedBy;
import static org.placementledger.commandside.domain.Torbay.AGENCY_FOSTER;
import static org.placementledger.commandside.domain.Torbay.AMELIA;
import static org.placementledger.commandside.domain.Torbay.CHILDRENS_HOME;
import static org.placementledger.commandside.domain.Torbay.FAMILY_HOME;
import static org.placementledger.commandside.domain.Torbay.HOLIDAY;
import static org.placementledger.commandside.domain.Torbay.HOSPITAL;
import static org.placementledger.commandside.domain.Torbay.TODAY;
import static org.placementledger.commandside.domain.Torbay.careStarted;
import static org.placementledger.commandside.domain.Torbay.costFrom;
import static org.placementledger.commandside.domain.Torbay.costing;
import static org.placementledger.commandside.domain.Torbay.goHome;
import static org.placementledger.commandside.domain.Torbay.move;
import static org.placementledger.commandside.domain.Torbay.moved;
import static org.placementledger.commandside.domain.Torbay.ofType;
import static org.placementledger.commandside.domain.Torbay.startCare;
import static org.placementledger.commandside.domain.Torbay.wentHome;
import static org.placementledger.commandside.domain.Torbay.withId;

/**
 * Every rule of the record, through the Axon aggregate: from the same record, one command the rule lets in
 * and one it refuses, storing nothing. A rule added without a scenario here fails this test.
 */
class EveryRuleScenariosTest {

    /**
     * @param given    the child's record so far
     * @param accepted a command the rule lets in; given the ids of the record's events by sequence
     * @param refused  a command the rule refuses; likewise
     */
    private record Scenario(List<ChildEvent> given, Function<LongFunction<String>, ChildCommand> accepted,
                            Function<LongFunction<String>, ChildCommand> refused) {

        static Scenario of(List<ChildEvent> given, ChildCommand accepted, ChildCommand refused) {
            return new Scenario(given, ids -> accepted, ids -> refused);
        }
    }

    private static final LocalDate LEFT_CARE = LocalDate.of(2025, 3, 20);
    private static final LocalDate MOVED = LocalDate.of(2025, 3, 10);
    private static final LocalDate BABY_BORN = LocalDate.of(2025, 3, 10);
    private static final Map<Rule, Scenario> SCENARIOS = new EnumMap<>(Rule.class);

    static {
        List<ChildEvent> inCare = List.of(careStarted());
        List<ChildEvent> moved = List.of(careStarted(), moved(MOVED, "P2", CHILDRENS_HOME));
        List<ChildEvent> wentHome = List.of(careStarted(), wentHome(LEFT_CARE));

        SCENARIOS.put(Rule.NOT_IN_CARE, Scenario.of(wentHome,
                new ChangeLegalStatus(AMELIA, LEFT_CARE.minusDays(1), LegalStatus.E1),
                new ChangeLegalStatus(AMELIA, LEFT_CARE.plusDays(1), LegalStatus.E1)));
        SCENARIOS.put(Rule.ALREADY_IN_CARE, Scenario.of(wentHome,
                startCare(LEFT_CARE.plusDays(40)),
                startCare(LEFT_CARE.minusDays(1))));
        SCENARIOS.put(Rule.CARE_BEFORE_BIRTH, Scenario.of(List.of(),
                baby(BABY_BORN),
                baby(BABY_BORN.minusDays(1))));
        SCENARIOS.put(Rule.DATE_IN_FUTURE, Scenario.of(inCare,
                move(TODAY, CHILDRENS_HOME),
                move(TODAY.plusDays(1), CHILDRENS_HOME)));
        SCENARIOS.put(Rule.MOVE_BEFORE_CURRENT_PLACEMENT, Scenario.of(moved,
                move(MOVED, AGENCY_FOSTER),
                move(MOVED.minusDays(9), AGENCY_FOSTER)));
        SCENARIOS.put(Rule.COST_OUTSIDE_PLACEMENT, Scenario.of(moved,
                cost("P1", MOVED.minusDays(1)),
                cost("P1", MOVED)));
        SCENARIOS.put(Rule.CEASE_BEFORE_LAST_MOVE, Scenario.of(moved,
                goHome(MOVED),
                goHome(MOVED.minusDays(1))));
        SCENARIOS.put(Rule.CODE_NOT_VALID_FOR_YEAR, Scenario.of(inCare,
                move(LocalDate.of(2025, 3, 31), ofType(PlacementType.Z1, CHILDRENS_HOME)),
                move(LocalDate.of(2025, 4, 1), ofType(PlacementType.Z1, CHILDRENS_HOME))));
        SCENARIOS.put(Rule.PROVIDER_FOR_TEMPORARY, Scenario.of(inCare,
                move(LocalDate.of(2025, 4, 1), HOSPITAL),
                move(LocalDate.of(2025, 4, 1), new NewPlacement(null, PlacementType.T1, PlacementProvider.PR3, null,
                        HOSPITAL.postcode(), null, false))));
        SCENARIOS.put(Rule.COST_OUT_OF_RANGE, Scenario.of(inCare,
                move(LocalDate.of(2025, 4, 1), costing("24999.99", CHILDRENS_HOME)),
                move(LocalDate.of(2025, 4, 1), costing("25000.00", CHILDRENS_HOME))));
        SCENARIOS.put(Rule.POSTCODE_MALFORMED, Scenario.of(inCare,
                new ChangeHomePostcode(AMELIA, LocalDate.of(2025, 4, 2), Postcode.of("tq47ea")),
                // C never appears in the inward code of a UK postcode
                new ChangeHomePostcode(AMELIA, LocalDate.of(2025, 4, 2), Postcode.of("TQ4 7CA"))));
        SCENARIOS.put(Rule.TEMPORARY_MUST_RETURN_OR_MOVE_ON, Scenario.of(
                List.of(careStarted(), moved(LocalDate.of(2025, 4, 1), "P2", HOSPITAL)),
                move(LocalDate.of(2025, 4, 5), AGENCY_FOSTER),
                move(LocalDate.of(2025, 4, 5), HOLIDAY)));
        SCENARIOS.put(Rule.CEASE_REASON_CONTINUES_CARE, Scenario.of(inCare,
                new CeaseCare(AMELIA, LocalDate.of(2025, 4, 1), ReasonEpisodeCeased.E45),
                new CeaseCare(AMELIA, LocalDate.of(2025, 4, 1), ReasonEpisodeCeased.X1)));
        SCENARIOS.put(Rule.DUPLICATE_PLACEMENT_ID, Scenario.of(inCare,
                move(LocalDate.of(2025, 4, 1), withId("HOME-EX4", CHILDRENS_HOME)),
                move(LocalDate.of(2025, 4, 1), withId("P1", CHILDRENS_HOME))));
        SCENARIOS.put(Rule.UNKNOWN_EVENT, new Scenario(moved,
                ids -> new RetractEvent(AMELIA, ids.apply(1), "recorded against the wrong child"),
                ids -> new RetractEvent(AMELIA, "4d6f2b1e-0c3a-4e59-8b7d-2f1e0a9c8b7d", "recorded against the wrong child")));
        SCENARIOS.put(Rule.CORRECTION_CHANGES_TYPE, new Scenario(moved,
                ids -> new CorrectEvent(AMELIA, ids.apply(1), moved(LocalDate.of(2025, 3, 3), "P2", CHILDRENS_HOME), "date from the plan"),
                ids -> new CorrectEvent(AMELIA, ids.apply(1), new LegalStatusChanged(AMELIA, MOVED, LegalStatus.E1), "date from the plan")));
        SCENARIOS.put(Rule.CORRECTION_BREAKS_RECORD, new Scenario(
                List.of(careStarted(), moved(MOVED, "P2", CHILDRENS_HOME), costFrom(LocalDate.of(2025, 4, 1), "P2", "5100.00")),
                ids -> new CorrectEvent(AMELIA, ids.apply(1), moved(LocalDate.of(2025, 3, 3), "P2", CHILDRENS_HOME), "date from the plan"),
                ids -> new CorrectEvent(AMELIA, ids.apply(1), moved(LocalDate.of(2025, 5, 1), "P2", CHILDRENS_HOME), "date from the plan")));
    }

    static {
        // Once erased, only the erasure itself may be asked for again (and records nothing).
        SCENARIOS.put(Rule.PERSONAL_DATA_ERASED, Scenario.of(
                List.of(careStarted(), new org.placementledger.events.PersonalDataErased(AMELIA, LocalDate.of(2025, 5, 1),
                        org.placementledger.events.PersonalDataErased.Basis.REQUEST)),
                new org.placementledger.commandside.domain.ErasePersonalData(AMELIA, org.placementledger.events.PersonalDataErased.Basis.REQUEST),
                move(LocalDate.of(2025, 5, 2), CHILDRENS_HOME)));
    }

    private static StartCare baby(LocalDate start) {
        return new StartCare(AMELIA, start, BABY_BORN, Sex.M, FAMILY_HOME, LegalStatus.L2, CategoryOfNeed.N1, AGENCY_FOSTER);
    }

    private static ChangePlacementCost cost(String placementId, LocalDate from) {
        return new ChangePlacementCost(AMELIA, placementId, from, Money.of("1010.00"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Rule.class)
    void givenTheSameRecord_theRuleLetsOneCommandIn_andRefusesAnother(Rule rule) {
        Scenario scenario = SCENARIOS.get(rule);
        assertThat(scenario).as("a scenario for rule %s", rule).isNotNull();

        FixtureConfiguration<ChildAggregate> acceptedFixture = ChildFixture.create();
        TestExecutor<ChildAggregate> beforeAccepted = given(acceptedFixture, scenario.given());
        ChildCommand accepted = scenario.accepted().apply(sequence -> ChildFixture.eventIdAt(acceptedFixture, sequence));
        beforeAccepted.when(accepted).expectSuccessfulHandlerExecution();

        FixtureConfiguration<ChildAggregate> refusedFixture = ChildFixture.create();
        TestExecutor<ChildAggregate> beforeRefused = given(refusedFixture, scenario.given());
        ChildCommand refused = scenario.refused().apply(sequence -> ChildFixture.eventIdAt(refusedFixture, sequence));
        beforeRefused.when(refused).expectException(refusedBy(rule)).expectNoEvents();
    }

    private static TestExecutor<ChildAggregate> given(FixtureConfiguration<ChildAggregate> fixture, List<ChildEvent> events) {
        return events.isEmpty() ? fixture.givenNoPriorActivity() : fixture.given(List.copyOf(events));
    }
}
