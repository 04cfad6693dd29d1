package org.placementledger.queryside.measures;

import org.placementledger.measures.Measures;
import org.placementledger.measures.MeasuresReport;
import org.placementledger.projections.timelines.TimelineIndex;
import org.placementledger.queryside.history.ChildEventLog;
import org.placementledger.queryside.web.InvalidQuery;
import org.placementledger.queryside.web.QueryParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Every measure as at a date (today by default), and with {@code from} and {@code to} the flows and cost
 * incurred over that period: the same definitions as the live figures, from every child's timeline. With
 * {@code asKnownAt}, the figures as the record stood at that instant ("as at 31 March, as known on 15 May").
 */
@RestController
public class MeasuresController {

    private final TimelineIndex timelines;
    private final Measures measures;
    private final Clock clock;
    private final ChildEventLog record;

    public MeasuresController(TimelineIndex timelines, Measures measures, Clock clock, ChildEventLog record) {
        this.timelines = timelines;
        this.measures = measures;
        this.clock = clock;
        this.record = record;
    }

    @GetMapping("/api/measures")
    public MeasuresReport measures(@RequestParam(required = false) String asAt,
                                   @RequestParam(required = false) String from,
                                   @RequestParam(required = false) String to,
                                   @RequestParam(required = false) String asKnownAt) {
        LocalDate date = QueryParameters.date("asAt", asAt, LocalDate.now(clock));
        LocalDate start = QueryParameters.date("from", from, null);
        LocalDate end = QueryParameters.date("to", to, null);
        if ((start == null) != (end == null)) {
            throw new InvalidQuery(start == null ? "from" : "to", "flows need both from and to");
        }
        if (start != null && start.isAfter(end)) {
            throw new InvalidQuery("from", "must be on or before to (" + end + ")");
        }
        Instant knownAt = QueryParameters.instant("asKnownAt", asKnownAt, null);
        if (knownAt == null) return measures.over(date, timelines.children(), start, end);
        if (knownAt.isAfter(clock.instant())) throw new InvalidQuery("asKnownAt", "must not be in the future (" + knownAt + ")");
        LocalDate through = end != null && end.isAfter(date) ? end : date;
        return measures.over(date, timelines.childrenAsKnownAt(knownAt, through, record::events), start, end);
    }
}
