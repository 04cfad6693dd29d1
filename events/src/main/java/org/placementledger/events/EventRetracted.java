package org.placementledger.events;

import java.time.LocalDate;

/**
 * An earlier event should never have been recorded: it no longer counts from the moment this is
 * recorded, but stays in the stream, readable.
 *
 * @param effectiveDate the effective date of the retracted event, so the retraction sorts beside it
 * @param reason        why, in the recorder's words: free text, which may quote the child's details, so personal data
 */
@EventRevision("1")
public record EventRetracted(
        String childId,
        LocalDate effectiveDate,
        String retractedEventId,
        @PersonalData String reason) implements ChildEvent {
}
