package org.placementledger.events;

import java.time.LocalDate;

/**
 * An earlier event was wrong: {@code correction} replaces it from the moment this is recorded. The
 * original stays in the stream, readable, so figures reported before the correction can be reproduced.
 *
 * @param correctedEventId the id of the event superseded (the original, never an earlier correction)
 * @param correction       the fact as it should have been recorded, of the same type as the original
 * @param reason           why, in the recorder's words: free text, which may quote the child's details, so personal data
 */
@EventRevision("1")
public record EventCorrected(
        String childId,
        String correctedEventId,
        CareFact correction,
        @PersonalData String reason) implements ChildEvent {

    @Override
    public LocalDate effectiveDate() {
        return correction.effectiveDate();
    }
}
