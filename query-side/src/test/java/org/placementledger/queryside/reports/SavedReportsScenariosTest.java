package org.placementledger.queryside.reports;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.placementledger.events.RecordedEvent;
import org.placementledger.measures.Measures;
import org.placementledger.measures.MeasuresConfig;
import org.placementledger.measures.geography.PostcodeGrid;
import org.placementledger.projections.timelines.TimelineIndex;
import org.placementledger.queryside.SettableClock;
import org.placementledger.queryside.history.RecordedChildren;
import org.placementledger.queryside.measures.MeasuresController;
import org.placementledger.queryside.web.InvalidQuery;
import org.springframework.http.HttpStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.placementledger.queryside.history.RecordedChildren.FOSTER;
import static org.placementledger.queryside.history.RecordedChildren.HOME;
import static org.placementledger.queryside.history.RecordedChildren.corrects;
import static org.placementledger.queryside.history.RecordedChildren.costs;
import static org.placementledger.queryside.history.RecordedChildren.moves;
import static org.placementledger.queryside.history.RecordedChildren.starts;

class SavedReportsScenariosTest {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    private final SettableClock now = new SettableClock(Instant.parse("2024-04-15T12:00:00Z"));
    /** The record as the event store holds it. */
    private final RecordedChildren record = new RecordedChildren();
    private final Measures measures = new Measures(MeasuresConfig.defaults(), PostcodeGrid.shippedSectors());
    private final TimelineIndex index = new TimelineIndex(measures);
    private final ReportsController reports = new ReportsController(
            new MeasuresController(index, measures, now, record), index,
            new SavedReports(client.getDatabase("ledger")), now);
    private String rise;

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private void aYearRecorded() {
        record.record(Instant.parse("2023-04-04T09:00:00Z"), starts("A", LocalDate.of(2023, 4, 3), FOSTER), "j.smith");
        record.record(Instant.parse("2023-06-13T09:00:00Z"), starts("C", LocalDate.of(2023, 6, 12), HOME), "a.jones");
        rise = record.record(Instant.parse("2023-10-02T09:00:00Z"), costs("C", LocalDate.of(2023, 10, 1), "P3", "5200"), "a.jones");
        projected();
    }

    private void projected() {
        for (String child : record.childIds()) index.put(child, record.timeline(child));
    }

    private SavedReport saved(String name) {
        var response = reports.save(new ReportsController.SaveRequest(name, "2024-03-31", null, "2023-04-01", "2024-03-31"), "perf.team", null);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return (SavedReport) response.getBody();
    }

    @Test
    void givenASavedReport_whenRunAgainAfterALaterCorrection_thenItsFiguresAreProvedUnchanged_andTheCorrectionShowsAsKnownNow() {
        aYearRecorded();
        SavedReport q4 = saved("Q4 2023-24");
        assertThat(q4.asKnownAt()).as("as known at the latest recording taken in").isEqualTo(Instant.parse("2023-10-02T09:00:00Z"));
        assertThat(q4.fingerprint()).hasSize(64);

        now.set(Instant.parse("2024-05-02T12:00:00Z"));
        record.record(Instant.parse("2024-05-01T10:00:00Z"), corrects("C", rise, costs("C", LocalDate.of(2023, 10, 1), "P3", "5800")), "a.jones");
        projected();
        ReportCheck check = reports.check("Q4 2023-24");

        assertThat(check.unchanged()).isTrue();
        assertThat(check.differencesThen()).isEmpty();
        assertThat(check.fingerprintAsKnownNow()).isNotEqualTo(q4.fingerprint());
        assertThat(check.differencesNow()).extracting(ReportCheck.Difference::path).contains("$.spend.weeklyTotal", "$.flows.costIncurred");
        assertThat(check.differencesNow()).filteredOn(d -> d.path().equals("$.spend.weeklyTotal"))
                .singleElement().satisfies(d -> {
                    assertThat(new java.math.BigDecimal(d.saved())).isEqualByComparingTo("6165.00");
                    assertThat(new java.math.BigDecimal(d.rerun())).isEqualByComparingTo("6765.00");
                });
    }

    @Test
    void givenTheRecordAlteredInPlace_whenTheProjectionsAreRebuiltFromIt_thenTheCheckSaysTheFiguresAreNotWhatWasReported_andWhere() {
        aYearRecorded();
        saved("Q4 2023-24");

        // The cost event rewritten in place, keeping its id and recording time: what no correction would do.
        RecordedChildren altered = new RecordedChildren();
        for (String child : List.of("A", "C")) {
            for (RecordedEvent e : record.events(child)) {
                altered.record(e.recordedAt(), e.eventId().equals(rise) ? costs("C", LocalDate.of(2023, 10, 1), "P3", "2000") : e.event(), e.recordedBy());
            }
        }
        TimelineIndex rebuilt = new TimelineIndex(measures);
        for (String child : altered.childIds()) rebuilt.put(child, altered.timeline(child));
        ReportsController afterRebuild = new ReportsController(new MeasuresController(rebuilt, measures, now, altered::events), rebuilt,
                new SavedReports(client.getDatabase("ledger")), now);
        now.set(Instant.parse("2024-05-02T12:00:00Z"));

        ReportCheck check = afterRebuild.check("Q4 2023-24");

        assertThat(check.unchanged()).isFalse();
        assertThat(check.differencesThen()).extracting(ReportCheck.Difference::path).contains("$.spend.weeklyTotal");
    }

    @Test
    void givenANameTakenAlready_thenASecondSaveIsRefused_andTheFirstIsKept() {
        aYearRecorded();
        SavedReport first = saved("Year end");
        var again = reports.save(new ReportsController.SaveRequest("Year end", "2023-12-31", null, null, null), "someone.else", null);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(reports.one("Year end").fingerprint()).isEqualTo(first.fingerprint());
        assertThatThrownBy(() -> reports.save(new ReportsController.SaveRequest("", "2024-03-31", null, null, null), null, null))
                .isInstanceOfSatisfying(InvalidQuery.class, e -> assertThat(e.parameter()).isEqualTo("name"));
    }
}
