package org.placementledger.events;

import org.placementledger.events.codes.CategoryOfNeed;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.codes.Sex;

import java.time.LocalDate;

/** A period of care begins (903 RNE S), in its first placement. Children may re-enter care later. */
@EventRevision("1")
public record CareStarted(
        String childId,
        LocalDate effectiveDate,
        @PersonalData LocalDate dateOfBirth,
        Sex sex,
        @PersonalData Postcode homePostcode,
        LegalStatus legalStatus,
        CategoryOfNeed categoryOfNeed,
        Placement placement) implements CareFact {

    /** The same start on another day, for a re-entry with the same details. */
    public CareStarted withStart(LocalDate start) {
        return new CareStarted(childId, start, dateOfBirth, sex, homePostcode, legalStatus, categoryOfNeed, placement);
    }
}
