package org.placementledger.commandside.aggregate;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.placementledger.commandside.domain.Rule;

import java.time.LocalDate;

import static org.placementledger.commandside.aggregate.RuleBrokenMatcher.refusedBy;
import static org.placementledger.commandside.domain.Torbay.AGENCY_FOSTER;
import static org.placementledger.commandside.domain.Torbay.CHILDRENS_HOME;
import static org.placementledger.commandside.domain.Torbay.HOLIDAY;
import static org.placementledger.commandside.domain.Torbay.HOSPITAL;
import static org.placementledger.commandside.domain.Torbay.careStarted;
import static org.placementledger.commandside.domain.Torbay.costFrom;
import static org.placementledger.commandside.domain.Torbay.costing;
import static org.placementledger.commandside.domain.Torbay.move;
import static org.placementledger.commandside.domain.Torbay.moved;
import static org.placementledger.commandside.domain.Torbay.withId;

/** After a temporary placement (T0-T4) the child returns to the placement before it, or moves on for real. */
class TemporaryPlacementScenariosTest {

    private static final LocalDate INTO_HOSPITAL = LocalDate.of(2025, 4, 1);
    private static final LocalDate OUT_OF_HOSPITAL = LocalDate.of(2025, 4, 5);

    private final FixtureConfiguration<ChildAggregate> fixture = ChildFixture.create();

    @Test
    void givenAChildInHospital_whenTheyReturnToTheirFosterCarer_thenTheReturnKeepsTheFosterPlacementsId() {
        fixture.given(careStarted(), moved(INTO_HOSPITAL, "P2", HOSPITAL))
                .when(move(OUT_OF_HOSPITAL, AGENCY_FOSTER))
                .expectEvents(moved(OUT_OF_HOSPITAL, "P1", AGENCY_FOSTER));
    }

    @Test
    void givenAChildInHospitalAfterAnUplift_whenTheyReturnWithNoCostGiven_thenTheReturnCarriesTheCostTheyLeftAt() {
        fixture.given(careStarted(), costFrom(LocalDate.of(2025, 1, 6), "P1", "1010.00"), moved(INTO_HOSPITAL, "P2", HOSPITAL))
                .when(move(OUT_OF_HOSPITAL, costing(null, AGENCY_FOSTER)))
                .expectEvents(moved(OUT_OF_HOSPITAL, "P1", costing("1010.00", AGENCY_FOSTER)));
    }

    @Test
    void givenAChildInHospital_whenTheRecorderNamesTheFosterPlacementP1ForTheReturn_thenAccepted() {
        fixture.given(careStarted(), moved(INTO_HOSPITAL, "P2", HOSPITAL))
                .when(move(OUT_OF_HOSPITAL, withId("P1", AGENCY_FOSTER)))
                .expectEvents(moved(OUT_OF_HOSPITAL, "P1", AGENCY_FOSTER));
    }

    @Test
    void givenAChildInHospital_whenTheyMoveOnToAChildrensHome_thenThatIsANewPlacementP3() {
        fixture.given(careStarted(), moved(INTO_HOSPITAL, "P2", HOSPITAL))
                .when(move(OUT_OF_HOSPITAL, CHILDRENS_HOME))
                .expectEvents(moved(OUT_OF_HOSPITAL, "P3", CHILDRENS_HOME));
    }

    @Test
    void givenAChildBackFromHospital_whenTheyMoveOn_thenTheNewPlacementTakesTheNextFreeId() {
        fixture.given(careStarted(), moved(INTO_HOSPITAL, "P2", HOSPITAL), moved(OUT_OF_HOSPITAL, "P1", AGENCY_FOSTER))
                .when(move(LocalDate.of(2025, 5, 12), CHILDRENS_HOME))
                .expectEvents(moved(LocalDate.of(2025, 5, 12), "P3", CHILDRENS_HOME));
    }

    @Test
    void givenAChildInHospital_whenTheyGoStraightOnHoliday_thenRefused() {
        fixture.given(careStarted(), moved(INTO_HOSPITAL, "P2", HOSPITAL))
                .when(move(OUT_OF_HOSPITAL, HOLIDAY))
                .expectException(refusedBy(Rule.TEMPORARY_MUST_RETURN_OR_MOVE_ON, "T1", "T2", "2025-04-01"))
                .expectNoEvents();
    }

    @Test
    void givenAChildBackFromHospital_whenTheyGoOnHoliday_thenAccepted() {
        fixture.given(careStarted(), moved(INTO_HOSPITAL, "P2", HOSPITAL), moved(OUT_OF_HOSPITAL, "P1", AGENCY_FOSTER))
                .when(move(LocalDate.of(2025, 6, 20), HOLIDAY))
                .expectEvents(moved(LocalDate.of(2025, 6, 20), "P3", HOLIDAY));
    }
}
