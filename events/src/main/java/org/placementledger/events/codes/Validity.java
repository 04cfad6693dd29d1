package org.placementledger.events.codes;

import java.util.Optional;

/**
 * The reporting years in which a 903 code may be used; either end open. DfE adds and retires codes
 * from one collection year to the next, so a code is checked against the year of the date it is
 * effective on, never against today.
 */
public record Validity(Optional<ReportingYear> first, Optional<ReportingYear> last) {

    public static final Validity ALWAYS = new Validity(Optional.empty(), Optional.empty());

    public static Validity from(int firstStartYear) {
        return new Validity(Optional.of(new ReportingYear(firstStartYear)), Optional.empty());
    }

    public static Validity until(int lastStartYear) {
        return new Validity(Optional.empty(), Optional.of(new ReportingYear(lastStartYear)));
    }

    public boolean includes(ReportingYear year) {
        return first.map(f -> f.compareTo(year) <= 0).orElse(true)
                && last.map(l -> l.compareTo(year) >= 0).orElse(true);
    }

    public String describe() {
        if (first.isEmpty() && last.isEmpty()) return "every year";
        if (first.isEmpty()) return "up to " + last.get();
        if (last.isEmpty()) return "from " + first.get();
        return first.get() + " to " + last.get();
    }
}
