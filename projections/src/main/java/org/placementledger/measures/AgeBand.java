package org.placementledger.measures;

/** An age band in whole years, both ends included; {@code maxAge} null for "and over". */
public record AgeBand(String label, int minAge, Integer maxAge) {

    public boolean contains(int age) {
        return age >= minAge && (maxAge == null || age <= maxAge);
    }
}
