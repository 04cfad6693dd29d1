package org.placementledger.events;

import java.time.LocalDate;

/**
 * The child's personal data was erased: the key it was sealed with is gone, so every field marked
 * {@link PersonalData} in the child's earlier events now reads as its kept form (a postcode's sector, the month
 * of birth) or as nothing. Recorded so that the erasure is part of the child's history, and so that every
 * projection holding the child's events reads them again without the key.
 *
 * @param effectiveDate the day of the erasure
 * @param basis         why: the retention period ended, or an erasure was decided on
 */
@EventRevision("1")
public record PersonalDataErased(
        String childId,
        LocalDate effectiveDate,
        Basis basis) implements ChildEvent {

    public enum Basis {
        /** The child's record reached the end of the configured retention period. */
        RETENTION,
        /** An administrator erased it, for a reason given to the audit of erasures. */
        REQUEST
    }
}
