package org.placementledger.queryside.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.placementledger.events.json.LedgerJson;
import org.placementledger.measures.Measures;
import org.placementledger.measures.MeasuresConfig;
import org.placementledger.measures.MeasuresReport;
import org.placementledger.measures.geography.PostcodeGrid;
import org.placementledger.projections.timelines.TimelineIndex;
import org.placementledger.queryside.SettableClock;
import org.placementledger.queryside.measures.MeasuresController;
import org.placementledger.queryside.web.InvalidQuery;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.placementledger.queryside.history.RecordedChildren.FOSTER;
import static org.placementledger.queryside.history.RecordedChildren.HOME;
import static org.placementledger.queryside.history.RecordedChildren.IN_HOUSE;
import static org.placementledger.queryside.history.RecordedChildren.corrects;
import static org.placementledger.queryside.history.RecordedChildren.costs;
import static org.placementledger.queryside.history.RecordedChildren.moves;
import static org.placementledger.queryside.history.RecordedChildren.starts;

/** Figures "as at 31 March, as known on 15 April", before and after later corrections. */
class AsKnownAtScenariosTest {

    private static final ObjectMapper JSON = LedgerJson.mapper();
    private final RecordedChildren record = new RecordedChildren();
    private final Measures measures = new Measures(MeasuresConfig.defaults(), PostcodeGrid.shippedSectors());
    private final TimelineIndex index = new TimelineIndex(measures);
    private final SettableClock now = new SettableClock(Instant.EPOCH);
    private final MeasuresController controller = new MeasuresController(index, measures, now, record);

    /** Events reach the projection: every child's timeline as it now stands. */
    private void projected() {
        for (String child : record.childIds()) index.put(child, record.timeline(child));
    }

    private static Instant on(String date) {
        return Instant.parse(date + "T09:00:00Z");
    }

    private String report(String asAt, String asKnownAt) throws Exception {
        MeasuresReport report = controller.measures(asAt, "2023-04-01", "2024-03-31", asKnownAt);
        return JSON.writeValueAsString(report);
    }

    @Test
    void givenAYearRecordedAndAReportTakenOn15April_whenABackdatedMoveAndACostCorrectionAreRecordedOn1May_thenAsKnownOn15AprilTheReportIsUnchangedToTheByte_andAsKnownNowItShowsBoth() throws Exception {
        // A year of events, each recorded the day after it happened.
        record.record(on("2023-04-04"), starts("A", LocalDate.of(2023, 4, 3), FOSTER), "j.smith");
        record.record(on("2023-05-02"), starts("B", LocalDate.of(2023, 5, 1), IN_HOUSE), "j.smith");
        record.record(on("2023-06-13"), starts("C", LocalDate.of(2023, 6, 12), HOME), "a.jones");
        String rise = record.record(on("2023-10-02"), costs("C", LocalDate.of(2023, 10, 1), "P3", "5200"), "a.jones");
        record.record(on("2024-01-16"), moves("A", LocalDate.of(2024, 1, 15), IN_HOUSE.withId("P4")), "j.smith");
        projected();

        now.set(Instant.parse("2024-04-15T12:00:00Z"));
        String taken15April = report("2024-03-31", null);

        // On 1 May: B had in fact moved to a children's home on 1 February; C's rise was £5,800, not £5,200.
        record.record(Instant.parse("2024-05-01T10:00:00Z"), moves("B", LocalDate.of(2024, 2, 1), HOME.withId("P5")), "a.jones");
        record.record(Instant.parse("2024-05-01T10:05:00Z"), corrects("C", rise, costs("C", LocalDate.of(2023, 10, 1), "P3", "5800")), "a.jones");
        projected();
        now.set(Instant.parse("2024-05-02T12:00:00Z"));

        assertThat(report("2024-03-31", "2024-04-15T12:00:00Z")).isEqualTo(taken15April);

        MeasuresReport asKnownNow = controller.measures("2024-03-31", "2023-04-01", "2024-03-31", null);
        MeasuresReport asKnownThen = JSON.readValue(taken15April, MeasuresReport.class);
        assertThat(asKnownNow.byPlacementType()).containsEntry("K2", 2L).containsEntry("U4", 1L);
        assertThat(asKnownThen.byPlacementType()).containsEntry("K2", 1L).containsEntry("U4", 2L);
        assertThat(asKnownNow.spend().weeklyTotal()).isGreaterThan(asKnownThen.spend().weeklyTotal());
        assertThat(asKnownNow.flows().costIncurred()).isGreaterThan(asKnownThen.flows().costIncurred());
    }

    @Test
    void givenAnInstantBeforeAnythingWasRecorded_thenNoChildIsKnown() throws Exception {
        record.record(on("2023-04-04"), starts("A", LocalDate.of(2023, 4, 3), FOSTER), "j.smith");
        projected();
        now.set(Instant.parse("2024-04-15T12:00:00Z"));

        assertThat(controller.measures("2023-05-01", null, null, "2023-04-04T08:59:59Z").inCare()).isZero();
        assertThat(controller.measures("2023-05-01", null, null, "2023-04-04T09:00:00Z").inCare()).isEqualTo(1);
    }

    @Test
    void givenAnAsKnownAtThatIsNotAnInstant_orIsInTheFuture_thenTheQueryIsRefusedNamingIt() {
        now.set(Instant.parse("2024-04-15T12:00:00Z"));
        assertThatThrownBy(() -> controller.measures("2024-03-31", null, null, "15 April"))
                .isInstanceOfSatisfying(InvalidQuery.class, e -> assertThat(e.parameter()).isEqualTo("asKnownAt"));
        assertThatThrownBy(() -> controller.measures("2024-03-31", null, null, "2024-04-16T00:00:00Z"))
                .isInstanceOfSatisfying(InvalidQuery.class, e -> assertThat(e.parameter()).isEqualTo("asKnownAt"));
    }
}
