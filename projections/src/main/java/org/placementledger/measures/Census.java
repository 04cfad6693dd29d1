package org.placementledger.measures;

import org.placementledger.events.codes.ReportingYear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What every measure on a date is made of: the children in care then, those on short breaks only, and what
 * care has cost since 1 April. Counted child by child, so the live figures can take a child out and put it
 * back as its record changes instead of counting every child again.
 */
final class Census {

    private final LocalDate asAt;
    private final long day;
    private final long yearStartDay;
    private final List<ChildOnDate> inCare = new ArrayList<>();
    private long shortBreaks;
    private long yearToDatePence;

    Census(LocalDate asAt) {
        this.asAt = asAt;
        this.day = asAt.toEpochDay();
        this.yearStartDay = ReportingYear.containing(asAt).firstDay().toEpochDay();
    }

    void add(Counted counted) {
        if (counted == null) return;
        yearToDatePence += counted.sinceYearStart();
        ChildOnDate on = counted.onDate();
        if (on == null) return;
        if (on.headline()) inCare.add(on);
        else shortBreaks++;
    }

    LocalDate asAt() {
        return asAt;
    }

    long day() {
        return day;
    }

    long yearStartDay() {
        return yearStartDay;
    }

    List<ChildOnDate> inCare() {
        return inCare;
    }

    long shortBreaks() {
        return shortBreaks;
    }

    long yearToDatePence() {
        return yearToDatePence;
    }
}
