package org.placementledger.commandside.aggregate;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.placementledger.commandside.domain.ChangeHomePostcode;
import org.placementledger.commandside.domain.ChangeLegalStatus;
import org.placementledger.commandside.domain.Rule;
import org.placementledger.events.HomePostcodeChanged;
import org.placementledger.events.LegalStatusChanged;
import org.placementledger.events.Postcode;
import org.placementledger.events.codes.LegalStatus;

import java.time.LocalDate;

import static org.placementledger.commandside.aggregate.RuleBrokenMatcher.refusedBy;
import static org.placementledger.commandside.domain.Torbay.AGENCY_FOSTER;
import static org.placementledger.commandside.domain.Torbay.AMELIA;
import static org.placementledger.commandside.domain.Torbay.CHILDRENS_HOME;
import static org.placementledger.commandside.domain.Torbay.IN_HOUSE_FOSTER;
import static org.placementledger.commandside.domain.Torbay.TODAY;
import static org.placementledger.commandside.domain.Torbay.careStarted;
import static org.placementledger.commandside.domain.Torbay.goHome;
import static org.placementledger.commandside.domain.Torbay.move;
import static org.placementledger.commandside.domain.Torbay.moved;
import static org.placementledger.commandside.domain.Torbay.wentHome;

/** When things may be recorded as happening: not in the future, in order, and only while the child is in care. */
class DatesAndCareScenariosTest {

    private final FixtureConfiguration<ChildAggregate> fixture = ChildFixture.create();

    @Test
    void givenAChildInCare_whenAMoveIsDatedTomorrow_thenRefused() {
        fixture.given(careStarted())
                .when(move(TODAY.plusDays(1), CHILDRENS_HOME))
                .expectException(refusedBy(Rule.DATE_IN_FUTURE, "2025-07-01", "2025-06-30"))
                .expectNoEvents();
    }

    @Test
    void givenAChildInCare_whenAMoveIsDatedToday_thenTheMoveIsRecordedAsP2() {
        fixture.given(careStarted())
                .when(move(TODAY, CHILDRENS_HOME))
                .expectEvents(moved(TODAY, "P2", CHILDRENS_HOME));
    }

    @Test
    void givenAChildMovedOn10March_whenAMoveDated1MarchIsRecorded_thenRefused() {
        fixture.given(careStarted(), moved(LocalDate.of(2024, 3, 10), "P2", CHILDRENS_HOME))
                .when(move(LocalDate.of(2024, 3, 1), IN_HOUSE_FOSTER))
                .expectException(refusedBy(Rule.MOVE_BEFORE_CURRENT_PLACEMENT,
                        "the move on 2024-03-01 is before the current placement P2 began on 2024-03-10"));
    }

    @Test
    void givenAChildMovedOn10March_whenAnotherMoveIsDatedTheSameDay_thenAccepted() {
        fixture.given(careStarted(), moved(LocalDate.of(2024, 3, 10), "P2", CHILDRENS_HOME))
                .when(move(LocalDate.of(2024, 3, 10), IN_HOUSE_FOSTER))
                .expectEvents(moved(LocalDate.of(2024, 3, 10), "P3", IN_HOUSE_FOSTER));
    }

    @Test
    void givenAChildMovedOn1March_whenCareCeasesInFebruary_thenRefused() {
        fixture.given(careStarted(), moved(LocalDate.of(2025, 3, 1), "P2", CHILDRENS_HOME))
                .when(goHome(LocalDate.of(2025, 2, 20)))
                .expectException(refusedBy(Rule.CEASE_BEFORE_LAST_MOVE, "2025-02-20", "2025-03-01"));
    }

    @Test
    void givenAChildMovedOn1March_whenCareCeasesThatDay_thenAccepted() {
        fixture.given(careStarted(), moved(LocalDate.of(2025, 3, 1), "P2", CHILDRENS_HOME))
                .when(goHome(LocalDate.of(2025, 3, 1)))
                .expectEvents(wentHome(LocalDate.of(2025, 3, 1)));
    }

    @Test
    void givenAChildWhoWentHome_whenTheyAreMoved_thenRefused() {
        fixture.given(careStarted(), wentHome(LocalDate.of(2025, 3, 20)))
                .when(move(LocalDate.of(2025, 4, 2), AGENCY_FOSTER))
                .expectException(refusedBy(Rule.NOT_IN_CARE, "left care on 2025-03-20"));
    }

    @Test
    void givenAChildWhoWentHome_whenCareCeasesAgain_thenRefused() {
        fixture.given(careStarted(), wentHome(LocalDate.of(2025, 3, 20)))
                .when(goHome(LocalDate.of(2025, 4, 2)))
                .expectException(refusedBy(Rule.NOT_IN_CARE));
    }

    @Test
    void givenAChildWhoWentHome_whenALegalStatusChangeIsDatedAfterTheyLeft_thenRefused() {
        fixture.given(careStarted(), wentHome(LocalDate.of(2025, 3, 20)))
                .when(new ChangeLegalStatus(AMELIA, LocalDate.of(2025, 4, 2), LegalStatus.E1))
                .expectException(refusedBy(Rule.NOT_IN_CARE, "2025-04-02", "left care on 2025-03-20"));
    }

    @Test
    void givenAChildWhoWentHome_whenAPlacementOrderMadeWhileTheyWereInCareIsRecordedLate_thenAccepted() {
        fixture.given(careStarted(), wentHome(LocalDate.of(2025, 3, 20)))
                .when(new ChangeLegalStatus(AMELIA, LocalDate.of(2025, 2, 2), LegalStatus.E1))
                .expectEvents(new LegalStatusChanged(AMELIA, LocalDate.of(2025, 2, 2), LegalStatus.E1));
    }

    @Test
    void givenAChildInCare_whenTheirFamilyMovesHouse_thenTheHomePostcodeChanges_writtenTheStandardWay() {
        fixture.given(careStarted())
                .when(new ChangeHomePostcode(AMELIA, LocalDate.of(2025, 4, 2), Postcode.of("tq47ea")))
                .expectEvents(new HomePostcodeChanged(AMELIA, LocalDate.of(2025, 4, 2), Postcode.of("TQ4 7EA")));
    }

    @Test
    void givenAChildNeverInCare_whenTheirHomePostcodeChanges_thenRefused() {
        fixture.givenNoPriorActivity()
                .when(new ChangeHomePostcode(AMELIA, LocalDate.of(2025, 4, 2), Postcode.of("TQ4 7EA")))
                .expectException(refusedBy(Rule.NOT_IN_CARE));
    }
}
