package org.placementledger.queryside.measures;

import org.placementledger.measures.Measures;
import org.placementledger.measures.MeasuresReport;
import org.placementledger.projections.timelines.TimelineIndex;
import org.placementledger.queryside.web.InvalidQuery;
import org.placementledger.queryside.web.QueryParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Every measure as at a date (today by default), and with {@code from} and {@code to} the flows and cost
 * incurred over that period: the same definitions as the live figures, from every child's timeline.
 */
@RestController
public class MeasuresController {

    private final TimelineIndex timelines;
    private final Measures measures;
    private final Clock clock;

    public MeasuresController(TimelineIndex timelines, Measures measures, Clock clock) {
        this.timelines = timelines;
        this.measures = measures;
        this.clock = clock;
    }

    @GetMapping("/api/measures")
    public MeasuresReport measures(@RequestParam(required = false) String asAt,
                                   @RequestParam(required = false) String from,
                                   @RequestParam(required = false) String to) {
        LocalDate date = QueryParameters.date("asAt", asAt, LocalDate.now(clock));
        LocalDate start = QueryParameters.date("from", from, null);
        LocalDate end = QueryParameters.date("to", to, null);
        if ((start == null) != (end == null)) {
            throw new InvalidQuery(start == null ? "from" : "to", "flows need both from and to");
        }
        if (start != null && start.isAfter(end)) {
            throw new InvalidQuery("from", "must be on or before to (" + end + ")");
        }
        return measures.over(date, timelines.children(), start, end);
    }
}
