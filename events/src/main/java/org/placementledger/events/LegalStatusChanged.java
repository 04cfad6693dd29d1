package org.placementledger.events;

import org.placementledger.events.codes.LegalStatus;

import java.time.LocalDate;

/** The child's legal status changes (903 RNE L); the placement stays as it is. */
@EventRevision("1")
public record LegalStatusChanged(
        String childId,
        LocalDate effectiveDate,
        LegalStatus legalStatus) implements CareFact {
}
