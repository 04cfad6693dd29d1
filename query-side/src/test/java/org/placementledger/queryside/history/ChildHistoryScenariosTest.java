package org.placementledger.queryside.history;

import org.junit.jupiter.api.Test;
import org.placementledger.events.EventRetracted;
import org.placementledger.measures.geography.PostcodeGrid;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.placementledger.queryside.history.RecordedChildren.FOSTER;
import static org.placementledger.queryside.history.RecordedChildren.HOME;
import static org.placementledger.queryside.history.RecordedChildren.corrects;
import static org.placementledger.queryside.history.RecordedChildren.costs;
import static org.placementledger.queryside.history.RecordedChildren.moves;
import static org.placementledger.queryside.history.RecordedChildren.starts;

class ChildHistoryScenariosTest {

    private final RecordedChildren record = new RecordedChildren();
    private final ChildHistories histories = new ChildHistories(record, PostcodeGrid.shippedSectors());

    @Test
    void givenAChildStartedMovedAndACostCorrected_thenTheHistoryShowsEachEventWhoRecordedItWhatCorrectedItAndTheStateAfter() {
        record.record(Instant.parse("2024-01-16T09:00:00Z"), starts("A", LocalDate.of(2024, 1, 15), FOSTER), "j.smith");
        String move = record.record(Instant.parse("2024-03-02T09:00:00Z"), moves("A", LocalDate.of(2024, 3, 1), HOME), "a.jones");
        String rise = record.record(Instant.parse("2024-04-02T09:00:00Z"), costs("A", LocalDate.of(2024, 4, 1), "P3", "4900"), "a.jones");
        String fix = record.record(Instant.parse("2024-05-01T10:00:00Z"), corrects("A", rise, costs("A", LocalDate.of(2024, 4, 1), "P3", "5100")), "m.khan");

        ChildHistory history = histories.of("A", null).orElseThrow();

        assertThat(history.events()).extracting(ChildHistory.Entry::type)
                .containsExactly("CareStarted", "PlacementChanged", "PlacementCostChanged", "EventCorrected");
        ChildHistory.Entry start = history.events().get(0);
        assertThat(start.recordedBy()).isEqualTo("j.smith");
        assertThat(start.stateAfter().inCare()).isTrue();
        assertThat(start.stateAfter().placementType()).isEqualTo("U6");
        assertThat(start.stateAfter().weeklyCost()).isEqualByComparingTo("965");
        assertThat(start.stateAfter().legalStatus()).isEqualTo("C2");
        assertThat(start.stateAfter().milesFromHome()).isNotNull();
        ChildHistory.Entry moved = history.events().get(1);
        assertThat(moved.eventId()).isEqualTo(move);
        assertThat(moved.stateAfter().placementType()).isEqualTo("K2");
        // Torquay (TQ2 5) to Exeter (EX4 3), between the shipped sector centroids.
        assertThat(moved.stateAfter().milesFromHome()).isEqualByComparingTo("17.7");
        ChildHistory.Entry rose = history.events().get(2);
        assertThat(rose.correctedBy()).containsExactly(fix);
        assertThat(rose.stateAfter().weeklyCost()).isEqualByComparingTo("4900");
        ChildHistory.Entry fixed = history.events().get(3);
        assertThat(fixed.corrects()).isEqualTo(rise);
        assertThat(fixed.effectiveDate()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(fixed.stateAfter().weeklyCost()).isEqualByComparingTo("5100");
    }

    @Test
    void givenAHistoryAsKnownBeforeACorrection_thenTheCorrectionIsNotThere_andNothingSaysTheEventWasCorrected() {
        record.record(Instant.parse("2024-01-16T09:00:00Z"), starts("A", LocalDate.of(2024, 1, 15), FOSTER), "j.smith");
        String move = record.record(Instant.parse("2024-03-02T09:00:00Z"), moves("A", LocalDate.of(2024, 3, 1), HOME), "a.jones");
        record.record(Instant.parse("2024-05-01T10:00:00Z"), new EventRetracted("A", LocalDate.of(2024, 3, 1), move, "wrong child"), "m.khan");

        ChildHistory then = histories.of("A", Instant.parse("2024-04-15T00:00:00Z")).orElseThrow();
        ChildHistory now = histories.of("A", null).orElseThrow();

        assertThat(then.events()).hasSize(2);
        assertThat(then.events().get(1).retractedBy()).isNull();
        assertThat(now.events()).hasSize(3);
        assertThat(now.events().get(1).retractedBy()).isEqualTo(now.events().get(2).eventId());
        assertThat(now.events().get(2).stateAfter().placementType()).isEqualTo("U6");
    }

    @Test
    void givenAChildWithNoEventByThen_thenThereIsNoHistory() {
        record.record(Instant.parse("2024-01-16T09:00:00Z"), starts("A", LocalDate.of(2024, 1, 15), FOSTER), "j.smith");
        assertThat(histories.of("A", Instant.parse("2024-01-01T00:00:00Z"))).isEmpty();
        assertThat(histories.of("NOBODY", null)).isEmpty();
    }
}
