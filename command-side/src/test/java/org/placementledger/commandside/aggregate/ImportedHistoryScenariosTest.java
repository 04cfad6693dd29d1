package org.placementledger.commandside.aggregate;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.placementledger.commandside.domain.CeaseCare;
import org.placementledger.commandside.domain.RecordHistory;
import org.placementledger.commandside.domain.Rule;
import org.placementledger.commandside.domain.StepRefused;
import org.placementledger.events.Postcode;
import org.placementledger.events.codes.ReasonEpisodeCeased;

import java.time.LocalDate;
import java.util.List;

import static org.placementledger.commandside.domain.Torbay.AMELIA;
import static org.placementledger.commandside.domain.Torbay.CARE_START;
import static org.placementledger.commandside.domain.Torbay.CHILDRENS_HOME;
import static org.placementledger.commandside.domain.Torbay.careStarted;
import static org.placementledger.commandside.domain.Torbay.move;
import static org.placementledger.commandside.domain.Torbay.moved;
import static org.placementledger.commandside.domain.Torbay.startCare;
import static org.placementledger.commandside.domain.Torbay.wentHome;

/** A child's imported history is recorded as one command: every step, or none of them. */
class ImportedHistoryScenariosTest {

    private final FixtureConfiguration<ChildAggregate> fixture = ChildFixture.create();

    @Test
    void givenAChildNeverRecorded_whenAHistoryOfThreeStepsIsImported_thenAllThreeEventsAreStoredInOrder() {
        LocalDate moveDay = LocalDate.of(2024, 6, 1);
        LocalDate home = LocalDate.of(2025, 2, 1);
        fixture.givenNoPriorActivity()
                .when(new RecordHistory(AMELIA, List.of(startCare(CARE_START), move(moveDay, CHILDRENS_HOME),
                        new CeaseCare(AMELIA, home, ReasonEpisodeCeased.E4A)), false))
                .expectEvents(careStarted(), moved(moveDay, "P2", CHILDRENS_HOME), wentHome(home));
    }

    @Test
    void givenAChildNeverRecorded_whenTheLastStepOfAHistoryBreaksARule_thenNothingAtAllIsStored() {
        fixture.givenNoPriorActivity()
                .when(new RecordHistory(AMELIA, List.of(startCare(CARE_START), move(LocalDate.of(2024, 6, 1), CHILDRENS_HOME),
                        new CeaseCare(AMELIA, LocalDate.of(2024, 5, 1), ReasonEpisodeCeased.E4A)), false))
                .expectNoEvents()
                .expectException(StepRefused.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("2024-05-01"));
    }

    @Test
    void givenAnImportedHistory_whenAPostcodeIsNotWellFormed_thenItIsKeptAsWritten_butARecorderMayNotTypeOne() {
        Postcode notAPostcode = Postcode.of("V28 5OY");
        var odd = new org.placementledger.commandside.domain.NewPlacement(null, CHILDRENS_HOME.type(), CHILDRENS_HOME.provider(),
                CHILDRENS_HOME.urn(), notAPostcode, null, false);
        fixture.given(careStarted())
                .when(new RecordHistory(AMELIA, List.of(move(LocalDate.of(2024, 6, 1), odd)), true))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(org.hamcrest.Matchers.<Object>hasToString(
                                org.hamcrest.Matchers.containsString("postcode=V28 5OY"))),
                        org.axonframework.test.matchers.Matchers.andNoMore()));
        fixture.given(careStarted())
                .when(move(LocalDate.of(2024, 6, 1), odd))
                .expectException(RuleBrokenMatcher.refusedBy(Rule.POSTCODE_MALFORMED, "V28 5OY"));
    }
}
