package org.placementledger.commandside.domain;

import org.placementledger.events.Money;

import java.util.Objects;

/**
 * Bounds on values that are legal in form but almost certainly typing errors.
 *
 * @param weeklyCostCeiling  a weekly cost at or above this is refused (the dearest placements are about £7,000+)
 * @param postcodesAsWritten a postcode not well formed is kept as written instead of refused: for a history
 *                           taken in from a council's files, where refusing a child for a mistyped postcode
 *                           would lose its whole record (the import reports each such postcode)
 */
public record RecordLimits(Money weeklyCostCeiling, boolean postcodesAsWritten) {

    public RecordLimits(Money weeklyCostCeiling) {
        this(weeklyCostCeiling, false);
    }

    public RecordLimits withPostcodesAsWritten() {
        return new RecordLimits(weeklyCostCeiling, true);
    }

    public static final RecordLimits DEFAULT = new RecordLimits(Money.of("25000.00"));

    public RecordLimits {
        Objects.requireNonNull(weeklyCostCeiling, "weeklyCostCeiling");
    }
}
