package org.placementledger.events.codes;

import java.time.LocalDate;
import java.time.Month;

/**
 * A reporting year of the SSDA903 return: 1 April to 31 March, named by the year it starts in
 * (2024 is "2024-25", the collection year ending 31 March 2025).
 */
public record ReportingYear(int startYear) implements Comparable<ReportingYear> {

    public static ReportingYear containing(LocalDate date) {
        return new ReportingYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    @Override
    public int compareTo(ReportingYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }
}
