package org.placementledger.measures.geography;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A point on the OS National Grid, in metres, with the local authority district it falls in. */
public record GridReference(long easting, long northing, String localAuthority) {

    private static final BigDecimal METRES_PER_MILE = new BigDecimal("1609.3");

    /**
     * Straight-line miles to another point, to one decimal place, as the 903 return computes PL_DISTANCE:
     * {@code round(sqrt((E1-E2)^2 + (N1-N2)^2) / 1000 / 1.6093, 1)}.
     */
    public BigDecimal milesTo(GridReference other) {
        double metres = Math.hypot(easting - other.easting, northing - other.northing);
        return BigDecimal.valueOf(metres).divide(METRES_PER_MILE, 10, RoundingMode.HALF_UP).setScale(1, RoundingMode.HALF_UP);
    }
}
