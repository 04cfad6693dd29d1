package org.placementledger.measures;

import org.placementledger.events.Money;
import org.placementledger.events.history.CarePeriod;
import org.placementledger.events.history.CareTimeline;
import org.placementledger.events.history.Dated;
import org.placementledger.events.history.Spell;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeSet;

/**
 * Cost actually incurred over a period: each placement-day costs its weekly cost / 7 on that day. Walks the
 * stretches over which placement, cost and legal status stay the same, rather than every day.
 */
final class Incurred {

    private Incurred() {
    }

    /** The sum of weekly cost in pence x days over [from, to], days on short breaks left out; divide by 7 once, at the end. */
    static long weeklyCostDays(CareTimeline child, LocalDate from, LocalDate to) {
        LocalDate endExclusive = to.plusDays(1);
        long sum = 0;
        for (CarePeriod period : child.periods()) {
            if (period.start().isAfter(to) || (period.end() != null && !period.end().isAfter(from))) continue;
            if (period.legalStatuses().stream().noneMatch(l -> l.value().isShortBreaks())) {
                sum += withoutShortBreaks(period, from, endExclusive);
                continue;
            }
            TreeSet<LocalDate> cuts = new TreeSet<>();
            cuts.add(max(from, period.start()));
            cuts.add(period.end() == null ? endExclusive : min(endExclusive, period.end()));
            for (Spell s : period.spells()) {
                cuts.add(s.from());
                if (s.until() != null) cuts.add(s.until());
                for (Dated<Money> c : s.costs()) cuts.add(c.from());
            }
            period.legalStatuses().forEach(l -> cuts.add(l.from()));
            LocalDate start = max(from, period.start());
            LocalDate stop = period.end() == null ? endExclusive : min(endExclusive, period.end());
            LocalDate a = null;
            for (LocalDate cut : cuts.subSet(start, true, stop, true)) {
                if (a != null) sum += segment(period, a, cut);
                a = cut;
            }
        }
        return sum;
    }

    /** The common case, no short breaks in the period: each spell's cost stretches, clipped to the period asked for. */
    private static long withoutShortBreaks(CarePeriod period, LocalDate from, LocalDate endExclusive) {
        long sum = 0;
        LocalDate periodEnd = period.end() == null ? endExclusive : min(endExclusive, period.end());
        for (Spell spell : period.spells()) {
            LocalDate spellEnd = spell.until() == null ? periodEnd : min(periodEnd, spell.until());
            List<Dated<Money>> costs = spell.costs();
            for (int i = 0; i < costs.size(); i++) {
                Money cost = costs.get(i).value();
                if (cost == null) continue;
                LocalDate a = max(max(costs.get(i).from(), spell.from()), from);
                LocalDate b = i + 1 < costs.size() ? min(costs.get(i + 1).from(), spellEnd) : spellEnd;
                if (a.isBefore(b)) sum += cost.pence() * ChronoUnit.DAYS.between(a, b);
            }
        }
        return sum;
    }

    private static long segment(CarePeriod period, LocalDate a, LocalDate b) {
        if (period.legalStatusOn(a).isShortBreaks()) return 0;
        Money cost = period.spellOn(a).map(s -> s.weeklyCostOn(a)).orElse(null);
        if (cost == null) return 0;
        return cost.pence() * ChronoUnit.DAYS.between(a, b);
    }

    /** Pounds from a sum of weekly pence x days: / 7 for the day, / 100 for pounds, rounded to the penny once. */
    static BigDecimal pounds(long weeklyPenceDays) {
        return BigDecimal.valueOf(weeklyPenceDays).divide(BigDecimal.valueOf(700), 2, java.math.RoundingMode.HALF_UP);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
