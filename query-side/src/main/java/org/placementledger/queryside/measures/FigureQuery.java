package org.placementledger.queryside.measures;

import org.placementledger.measures.MeasuredTimeline;
import org.placementledger.projections.timelines.TimelineIndex;
import org.placementledger.queryside.history.ChildEventLog;
import org.placementledger.queryside.web.InvalidQuery;
import org.placementledger.queryside.web.QueryParameters;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

/**
 * What a figure is asked at: an as-at date (today by default), a period for the flows ({@code from} and {@code to},
 * both or neither), and an instant the record is read as known at. Read and checked the same way for the figures
 * and for the children behind them, so that the two cannot answer different questions.
 *
 * @param knownAt null for the record as it stands
 */
record FigureQuery(LocalDate asAt, LocalDate from, LocalDate to, Instant knownAt) {

    /** @throws InvalidQuery naming the parameter that is wrong and why */
    static FigureQuery read(String asAt, String from, String to, String asKnownAt, Clock clock) {
        LocalDate date = QueryParameters.date("asAt", asAt, LocalDate.now(clock));
        LocalDate start = QueryParameters.date("from", from, null);
        LocalDate end = QueryParameters.date("to", to, null);
        if ((start == null) != (end == null)) throw new InvalidQuery(start == null ? "from" : "to", "flows need both from and to");
        if (start != null && start.isAfter(end)) throw new InvalidQuery("from", "must be on or before to (" + end + ")");
        Instant knownAt = QueryParameters.instant("asKnownAt", asKnownAt, null);
        if (knownAt != null && knownAt.isAfter(clock.instant())) {
            throw new InvalidQuery("asKnownAt", "must not be in the future (" + knownAt + ")");
        }
        return new FigureQuery(date, start, end, knownAt);
    }

    /** Every child as the figures read them: as the record stands, or as it stood at {@link #knownAt}. */
    Collection<MeasuredTimeline> children(TimelineIndex timelines, ChildEventLog record) {
        if (knownAt == null) return timelines.children();
        // The flows may reach past the as-at date; what was known of every day up to their end is needed.
        LocalDate through = to != null && to.isAfter(asAt) ? to : asAt;
        return timelines.childrenAsKnownAt(knownAt, through, record::events);
    }
}
