package org.placementledger.commandside.aggregate;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.placementledger.commandside.domain.ChangePlacementCost;
import org.placementledger.commandside.domain.RecordLimits;
import org.placementledger.commandside.domain.Rule;
import org.placementledger.events.Money;

import java.time.LocalDate;

import static org.placementledger.commandside.aggregate.RuleBrokenMatcher.refusedBy;
import static org.placementledger.commandside.domain.Torbay.AGENCY_FOSTER;
import static org.placementledger.commandside.domain.Torbay.AMELIA;
import static org.placementledger.commandside.domain.Torbay.CHILDRENS_HOME;
import static org.placementledger.commandside.domain.Torbay.HOSPITAL;
import static org.placementledger.commandside.domain.Torbay.careStarted;
import static org.placementledger.commandside.domain.Torbay.costFrom;
import static org.placementledger.commandside.domain.Torbay.costing;
import static org.placementledger.commandside.domain.Torbay.move;
import static org.placementledger.commandside.domain.Torbay.moved;

/** Weekly costs: inside the placement they name, not negative, below the ceiling the council sets. */
class PlacementCostScenariosTest {

    private final FixtureConfiguration<ChildAggregate> fixture = ChildFixture.create();

    private static ChangePlacementCost cost(String placementId, LocalDate from, String weekly) {
        return new ChangePlacementCost(AMELIA, placementId, from, Money.of(weekly));
    }

    @Test
    void givenAChildInAgencyFostering_whenTheCarerGetsAnAprilUplift_thenTheCostChangesFromThatDate() {
        fixture.given(careStarted())
                .when(cost("P1", LocalDate.of(2025, 4, 1), "1010.00"))
                .expectEvents(costFrom(LocalDate.of(2025, 4, 1), "P1", "1010.00"));
    }

    @Test
    void givenAChildWhoMovedToAChildrensHome_whenAnUpliftToTheirFormerFosterPlacementIsBackdatedToWhileTheyWereThere_thenAccepted() {
        fixture.given(careStarted(), moved(LocalDate.of(2025, 3, 1), "P2", CHILDRENS_HOME))
                .when(cost("P1", LocalDate.of(2025, 2, 1), "1010.00"))
                .expectEvents(costFrom(LocalDate.of(2025, 2, 1), "P1", "1010.00"));
    }

    @Test
    void givenAChildWhoMovedToAChildrensHome_whenAnUpliftToTheirFormerFosterPlacementIsDatedTheDayTheyLeft_thenRefused() {
        fixture.given(careStarted(), moved(LocalDate.of(2025, 3, 1), "P2", CHILDRENS_HOME))
                .when(cost("P1", LocalDate.of(2025, 3, 1), "1010.00"))
                .expectException(refusedBy(Rule.COST_OUTSIDE_PLACEMENT, "2025-03-01", "P1", "2024-01-15"));
    }

    @Test
    void givenAChildWhoMovedToAChildrensHome_whenItsCostIsDatedBeforeTheyArrived_thenRefused() {
        fixture.given(careStarted(), moved(LocalDate.of(2025, 3, 1), "P2", CHILDRENS_HOME))
                .when(cost("P2", LocalDate.of(2025, 2, 27), "5100.00"))
                .expectException(refusedBy(Rule.COST_OUTSIDE_PLACEMENT, "2025-02-27", "P2"));
    }

    @Test
    void givenAChildInCare_whenACostNamesAPlacementTheyNeverHad_thenRefused() {
        fixture.given(careStarted())
                .when(cost("P7", LocalDate.of(2025, 4, 1), "1010.00"))
                .expectException(refusedBy(Rule.COST_OUTSIDE_PLACEMENT, "P7"));
    }

    @Test
    void givenAChildBackFromHospital_whenAnUpliftIsDatedDuringTheHospitalStay_thenRefused_andAfterTheReturnAccepted() {
        fixture.given(careStarted(), moved(LocalDate.of(2025, 4, 1), "P2", HOSPITAL), moved(LocalDate.of(2025, 4, 5), "P1", AGENCY_FOSTER))
                .when(cost("P1", LocalDate.of(2025, 4, 3), "1010.00"))
                .expectException(refusedBy(Rule.COST_OUTSIDE_PLACEMENT, "2025-04-03"));
        fixture.given(careStarted(), moved(LocalDate.of(2025, 4, 1), "P2", HOSPITAL), moved(LocalDate.of(2025, 4, 5), "P1", AGENCY_FOSTER))
                .when(cost("P1", LocalDate.of(2025, 4, 7), "1010.00"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void givenAChildInCare_whenACostIsNegative_thenRefused() {
        fixture.given(careStarted())
                .when(cost("P1", LocalDate.of(2025, 4, 1), "-5.00"))
                .expectException(refusedBy(Rule.COST_OUT_OF_RANGE, "£-5.00"));
    }

    @Test
    void givenAChildInCare_whenAMoveCostsExactlyTheCeiling_thenRefused() {
        fixture.given(careStarted())
                .when(move(LocalDate.of(2025, 4, 1), costing("25000.00", CHILDRENS_HOME)))
                .expectException(refusedBy(Rule.COST_OUT_OF_RANGE, "£25000.00"));
    }

    @Test
    void givenAChildInCare_whenAMoveCostsAPennyUnderTheCeiling_orNothing_thenAccepted() {
        fixture.given(careStarted())
                .when(move(LocalDate.of(2025, 4, 1), costing("24999.99", CHILDRENS_HOME)))
                .expectSuccessfulHandlerExecution();
        fixture.given(careStarted())
                .when(cost("P1", LocalDate.of(2025, 4, 1), "0.00"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void givenACouncilThatSetsItsCeilingAt7000AWeek_whenAChildrensHomeCosts7450_thenRefused() {
        FixtureConfiguration<ChildAggregate> strict = ChildFixture.create(new RecordLimits(Money.of("7000.00")));
        strict.given(careStarted())
                .when(move(LocalDate.of(2025, 4, 1), costing("7450.00", CHILDRENS_HOME)))
                .expectException(refusedBy(Rule.COST_OUT_OF_RANGE, "£7000.00"));
    }
}
