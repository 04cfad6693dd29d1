package org.placementledger.commandside.aggregate;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;
import org.placementledger.commandside.domain.Rule;
import org.placementledger.events.EventRetracted;

import java.time.LocalDate;

import static org.placementledger.commandside.aggregate.RuleBrokenMatcher.refusedBy;
import static org.placementledger.commandside.domain.Torbay.AGENCY_FOSTER;
import static org.placementledger.commandside.domain.Torbay.AMELIA;
import static org.placementledger.commandside.domain.Torbay.CHILDRENS_HOME;
import static org.placementledger.commandside.domain.Torbay.IN_HOUSE_FOSTER;
import static org.placementledger.commandside.domain.Torbay.careStarted;
import static org.placementledger.commandside.domain.Torbay.move;
import static org.placementledger.commandside.domain.Torbay.moved;
import static org.placementledger.commandside.domain.Torbay.startCare;
import static org.placementledger.commandside.domain.Torbay.wentHome;
import static org.placementledger.commandside.domain.Torbay.withId;

/** Placement ids: given when left out, never given twice, a recorder's own id refused if the child had it. */
class PlacementIdScenariosTest {

    private final FixtureConfiguration<ChildAggregate> fixture = ChildFixture.create();

    @Test
    void givenARecorderNamesAMoveP1_whileTheChildIsInP1_thenRefused() {
        fixture.given(careStarted())
                .when(move(LocalDate.of(2025, 4, 1), withId("P1", CHILDRENS_HOME)))
                .expectException(refusedBy(Rule.DUPLICATE_PLACEMENT_ID, "P1"));
    }

    @Test
    void givenARecorderGivesAMoveTheirOwnNewId_thenTheirIdIsKept() {
        fixture.given(careStarted())
                .when(move(LocalDate.of(2025, 4, 1), withId("HOME-EX4", CHILDRENS_HOME)))
                .expectEvents(moved(LocalDate.of(2025, 4, 1), "HOME-EX4", CHILDRENS_HOME));
    }

    @Test
    void givenARecorderChoseTheIdP2_whenTheNextMoveHasNoId_thenItIsGivenP3() {
        fixture.given(careStarted(), moved(LocalDate.of(2025, 3, 1), "P2", CHILDRENS_HOME))
                .when(move(LocalDate.of(2025, 4, 1), IN_HOUSE_FOSTER))
                .expectEvents(moved(LocalDate.of(2025, 4, 1), "P3", IN_HOUSE_FOSTER));
    }

    @Test
    void givenAMoveToP2ThatWasRetracted_whenTheChildMovesAgain_thenP2IsNotGivenAgain() {
        TestExecutor<ChildAggregate> given = fixture.given(careStarted(), moved(LocalDate.of(2025, 3, 1), "P2", CHILDRENS_HOME));
        String moveId = ChildFixture.eventIdAt(fixture, 1);
        given.andGiven(new EventRetracted(AMELIA, LocalDate.of(2025, 3, 1), moveId, "recorded against the wrong child"))
                .when(move(LocalDate.of(2025, 4, 1), IN_HOUSE_FOSTER))
                .expectEvents(moved(LocalDate.of(2025, 4, 1), "P3", IN_HOUSE_FOSTER));
    }

    @Test
    void givenAMoveToP2ThatWasRetracted_whenARecorderNamesANewMoveP2_thenRefused() {
        TestExecutor<ChildAggregate> given = fixture.given(careStarted(), moved(LocalDate.of(2025, 3, 1), "P2", CHILDRENS_HOME));
        String moveId = ChildFixture.eventIdAt(fixture, 1);
        given.andGiven(new EventRetracted(AMELIA, LocalDate.of(2025, 3, 1), moveId, "recorded against the wrong child"))
                .when(move(LocalDate.of(2025, 4, 1), withId("P2", IN_HOUSE_FOSTER)))
                .expectException(refusedBy(Rule.DUPLICATE_PLACEMENT_ID, "P2"));
    }

    @Test
    void givenAChildWhoLeftCareFromP1_whenTheirReturnToCareIsNamedP1Again_thenRefused() {
        fixture.given(careStarted(), wentHome(LocalDate.of(2025, 3, 20)))
                .when(startCare(LocalDate.of(2025, 5, 1), withId("P1", AGENCY_FOSTER)))
                .expectException(refusedBy(Rule.DUPLICATE_PLACEMENT_ID, "P1"));
    }
}
