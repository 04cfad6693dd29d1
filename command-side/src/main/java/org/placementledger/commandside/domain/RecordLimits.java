package org.placementledger.commandside.domain;

import org.placementledger.events.Money;

import java.util.Objects;

/**
 * Bounds on values that are legal in form but almost certainly typing errors.
 *
 * @param weeklyCostCeiling a weekly cost at or above this is refused (the dearest placements are about £7,000+)
 */
public record RecordLimits(Money weeklyCostCeiling) {

    public static final RecordLimits DEFAULT = new RecordLimits(Money.of("25000.00"));

    public RecordLimits {
        Objects.requireNonNull(weeklyCostCeiling, "weeklyCostCeiling");
    }
}
