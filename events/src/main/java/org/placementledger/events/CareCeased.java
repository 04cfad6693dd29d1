package org.placementledger.events;

import org.placementledger.events.codes.ReasonEpisodeCeased;

import java.time.LocalDate;

/** The period of care ends on the effective date (903 DEC), for the reason given (903 REC). */
@EventRevision("1")
public record CareCeased(
        String childId,
        LocalDate effectiveDate,
        ReasonEpisodeCeased reason) implements CareFact {
}
