package org.placementledger.events;

import org.placementledger.events.codes.ReasonPlaceChange;

import java.time.LocalDate;

/**
 * The child moves to another placement. {@code carerChanged} is 903 RNE P (a new carer) as against T
 * (the same carer, for example a foster placement becoming long term); only a new carer starts a new
 * placement for the stability measures. A temporary placement (T0-T4) is a change like any other,
 * marked by its type.
 */
@EventRevision("1")
public record PlacementChanged(
        String childId,
        LocalDate effectiveDate,
        Placement placement,
        ReasonPlaceChange reason,
        boolean carerChanged) implements CareFact {
}
