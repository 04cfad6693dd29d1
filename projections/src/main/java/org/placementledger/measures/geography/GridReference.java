package org.placementledger.measures.geography;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A point on the OS National Grid, in metres, with the local authority district it falls in. */
public record GridReference(long easting, long northing, String localAuthority) {

    private static final double METRES_PER_MILE = 1609.3;

    /**
     * Straight-line miles to another point, to one decimal place, as the 903 return computes PL_DISTANCE:
     * {@code round(sqrt((E1-E2)^2 + (N1-N2)^2) / 1000 / 1.6093, 1)}.
     */
    public BigDecimal milesTo(GridReference other) {
        return BigDecimal.valueOf(tenthsOfMileTo(other), 1);
    }

    /** The same distance in tenths of a mile, rounded half up once, for sums and medians over many children. */
    public long tenthsOfMileTo(GridReference other) {
        double metres = Math.sqrt((double) (easting - other.easting) * (easting - other.easting)
                + (double) (northing - other.northing) * (northing - other.northing));
        return BigDecimal.valueOf(metres / METRES_PER_MILE).setScale(1, RoundingMode.HALF_UP).unscaledValue().longValue();
    }
}
