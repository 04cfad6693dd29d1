package org.placementledger.measures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A share as a percentage to one decimal place; null when there is nothing to share. */
final class Percent {

    private Percent() {
    }

    static BigDecimal of(long part, long whole) {
        if (whole == 0) return null;
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
