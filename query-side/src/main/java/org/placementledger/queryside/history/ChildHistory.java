package org.placementledger.queryside.history;

import org.placementledger.events.ChildEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A child's history as an auditor replays it: every event in the order recorded, what it did to the record,
 * and the child's state after it.
 *
 * @param asKnownAt the instant the history is shown as known at: only events recorded by then; null for now
 */
public record ChildHistory(String childId, Instant asKnownAt, List<Entry> events) {

    /**
     * @param effectiveDate when the event took effect in the child's life
     * @param recordedAt    when it was recorded (transaction time)
     * @param corrects      the event this one corrects, if it is a correction
     * @param retracts      the event this one retracts, if it is a retraction
     * @param correctedBy   later events (as known) that corrected this one, oldest first
     * @param retractedBy   the later event (as known) that retracted this one
     * @param stateAfter    the child on the effective date, from every event recorded up to and including this one
     */
    public record Entry(long sequence, String eventId, String type, LocalDate effectiveDate, Instant recordedAt, String recordedBy,
                        String corrects, String retracts, List<String> correctedBy, String retractedBy, ChildEvent event,
                        State stateAfter) {
    }

    /**
     * @param inCare           in care on the date (on short breaks included)
     * @param milesFromHome    straight-line miles from the home postcode to the placement's, null when either is not known
     */
    public record State(LocalDate onDate, boolean inCare, String placementId, String placementType, String provider,
                        BigDecimal weeklyCost, String legalStatus, BigDecimal milesFromHome) {
    }
}
