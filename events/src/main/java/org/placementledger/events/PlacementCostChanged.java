package org.placementledger.events;

import java.time.LocalDate;

/** The weekly cost of one of the child's placements changes from the effective date on. */
@EventRevision("1")
public record PlacementCostChanged(
        String childId,
        LocalDate effectiveDate,
        String placementId,
        Money weeklyCost) implements CareFact {
}
