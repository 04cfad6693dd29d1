package org.placementledger.events;

import java.time.LocalDate;

/** The postcode of the home the child was taken from changes, so distances are measured from it. */
@EventRevision("1")
public record HomePostcodeChanged(
        String childId,
        LocalDate effectiveDate,
        @PersonalData Postcode homePostcode) implements CareFact {
}
