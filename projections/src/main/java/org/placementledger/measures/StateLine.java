package org.placementledger.measures;

import org.placementledger.events.Money;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.history.CarePeriod;
import org.placementledger.events.history.CareTimeline;
import org.placementledger.events.history.Dated;
import org.placementledger.events.history.Spell;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * A child's whole history as stretches of days over which nothing the measures read changes: placement,
 * weekly cost, legal status, home postcode. Each stretch holds the child's state then (null out of care) and
 * the cost incurred before it, so the child on any date is one binary search over an array of days, and the
 * cost incurred over any period two. This is what keeps a report over 100,000 children at any date cheap:
 * a few memory reads a child instead of a walk of its periods, spells and costs.
 * <p>
 * Cost incurred: each placement-day costs its weekly cost / 7 on that day, nothing on a day out of care, on
 * short breaks (LS V3/V4) or at a cost not known. Sums are weekly pence x days, divided by 7 (and 100) once,
 * at the end, so no rounding accumulates over many children.
 */
final class StateLine {

    /** Epoch day on which each stretch begins; a stretch lasts until the next begins, the last for ever. */
    private final long[] starts;
    /** The child's state through each stretch, null when out of care. */
    private final ChildState[] states;
    /** Weekly cost in pence counted on every day of the stretch. */
    private final long[] weeklyPence;
    /** Weekly pence x days over every day before the stretch. */
    private final long[] before;

    private StateLine(long[] starts, ChildState[] states, long[] weeklyPence, long[] before) {
        this.starts = starts;
        this.states = states;
        this.weeklyPence = weeklyPence;
        this.before = before;
    }

    static StateLine of(CareTimeline child, List<MeasuredTimeline.PeriodFacts> facts) {
        TreeSet<LocalDate> cuts = new TreeSet<>();
        for (CarePeriod period : child.periods()) {
            cuts.add(period.start());
            if (period.end() != null) cuts.add(period.end());
            for (Spell s : period.spells()) {
                cuts.add(s.from());
                if (s.until() != null) cuts.add(s.until());
                for (Dated<Money> c : s.costs()) cuts.add(c.from());
            }
            period.legalStatuses().forEach(l -> cuts.add(l.from()));
        }
        child.homePostcodes().forEach(h -> cuts.add(h.from()));
        long[] starts = new long[cuts.size()];
        ChildState[] states = new ChildState[cuts.size()];
        long[] rates = new long[cuts.size()];
        long[] before = new long[cuts.size()];
        int n = 0;
        for (LocalDate cut : cuts) {
            ChildState state = stateOn(child, facts, cut);
            // A stretch the same as the one before it is part of it: fewer steps for the search.
            if (n > 0 && java.util.Objects.equals(states[n - 1], state)) continue;
            starts[n] = cut.toEpochDay();
            states[n] = state;
            rates[n] = state == null ? 0 : state.costedPence();
            before[n] = n == 0 ? 0 : before[n - 1] + rates[n - 1] * (starts[n] - starts[n - 1]);
            n++;
        }
        return new StateLine(Arrays.copyOf(starts, n), Arrays.copyOf(states, n), Arrays.copyOf(rates, n), Arrays.copyOf(before, n));
    }

    private static ChildState stateOn(CareTimeline child, List<MeasuredTimeline.PeriodFacts> facts, LocalDate day) {
        for (MeasuredTimeline.PeriodFacts f : facts) {
            CarePeriod period = f.period();
            if (!period.inCareOn(day)) continue;
            List<Spell> spells = period.spells();
            for (int s = spells.size() - 1; s >= 0; s--) {
                Spell spell = spells.get(s);
                if (!spell.covers(day)) continue;
                int home = homeIndexOn(child, day);
                int carer = f.carers().indexOn(day);
                List<CarerSpells.CarerSpell> carers = f.carers().spells();
                LegalStatus status = period.legalStatusOn(day);
                return new ChildState(f, s, spell.placement(), status, f.categories()[s], spell.weeklyCostOn(day),
                        home < 0 ? MeasuredTimeline.NOT_KNOWN : f.tenths()[s][home], f.outOfArea()[s],
                        carers.get(carer).from().toEpochDay(), carer > 0 ? carers.get(carer - 1).from().toEpochDay() : Long.MAX_VALUE);
            }
            return null;
        }
        return null;
    }

    /** Which of the child's home postcodes held on a date (before the first was recorded, the first), or -1 with none. */
    static int homeIndexOn(CareTimeline child, LocalDate date) {
        List<Dated<org.placementledger.events.Postcode>> homes = child.homePostcodes();
        if (homes.isEmpty()) return -1;
        int index = 0;
        for (int i = 0; i < homes.size(); i++) {
            if (!homes.get(i).from().isAfter(date)) index = i;
        }
        return index;
    }

    /** The stretch a day falls in, or -1 before the first. */
    private int stretchOn(long day) {
        int i = Arrays.binarySearch(starts, day);
        return i >= 0 ? i : -i - 2;
    }

    /** The child's state on a day, null when out of care. */
    ChildState on(long day) {
        int i = stretchOn(day);
        return i < 0 ? null : states[i];
    }

    /** Weekly pence x days over [from, to], both days included (epoch days). */
    long weeklyPenceDays(long from, long to) {
        if (to < from) return 0;
        return sumBefore(to + 1) - sumBefore(from);
    }

    /** Weekly pence x days over every day before {@code day}. */
    private long sumBefore(long day) {
        int i = stretchOn(day);
        if (i < 0) return 0;
        return before[i] + weeklyPence[i] * (day - starts[i]);
    }

    /** Pounds from a sum of weekly pence x days: / 7 for the day, / 100 for pounds, rounded to the penny once. */
    static BigDecimal pounds(long weeklyPenceDays) {
        return BigDecimal.valueOf(weeklyPenceDays).divide(BigDecimal.valueOf(700), 2, RoundingMode.HALF_UP);
    }
}
