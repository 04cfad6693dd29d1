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

    /** The sum of weekly cost x days over [from, to], days on short breaks left out; divide by 7 once, at the end. */
    static BigDecimal weeklyCostDays(CareTimeline child, LocalDate from, LocalDate to) {
        LocalDate endExclusive = to.plusDays(1);
        BigDecimal sum = BigDecimal.ZERO;
        for (CarePeriod period : child.periods()) {
            if (period.start().isAfter(to) || (period.end() != null && !period.end().isAfter(from))) continue;
            if (period.legalStatuses().stream().noneMatch(l -> l.value().isShortBreaks())) {
                sum = sum.add(withoutShortBreaks(period, from, endExclusive));
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
                if (a != null) sum = sum.add(segment(period, a, cut));
                a = cut;
            }
        }
        return sum;
    }

    /** The common case, no short breaks in the period: each spell's cost stretches, clipped to the period asked for. */
    private static BigDecimal withoutShortBreaks(CarePeriod period, LocalDate from, LocalDate endExclusive) {
        BigDecimal sum = BigDecimal.ZERO;
        LocalDate periodEnd = period.end() == null ? endExclusive : min(endExclusive, period.end());
        for (Spell spell : period.spells()) {
            LocalDate spellEnd = spell.until() == null ? periodEnd : min(periodEnd, spell.until());
            List<Dated<Money>> costs = spell.costs();
            for (int i = 0; i < costs.size(); i++) {
                Money cost = costs.get(i).value();
                if (cost == null) continue;
                LocalDate a = max(max(costs.get(i).from(), spell.from()), from);
                LocalDate b = i + 1 < costs.size() ? min(costs.get(i + 1).from(), spellEnd) : spellEnd;
                if (a.isBefore(b)) sum = sum.add(cost.pounds().multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(a, b))));
            }
        }
        return sum;
    }

    private static BigDecimal segment(CarePeriod period, LocalDate a, LocalDate b) {
        if (period.legalStatusOn(a).isShortBreaks()) return BigDecimal.ZERO;
        Money cost = period.spellOn(a).map(s -> s.weeklyCostOn(a)).orElse(null);
        if (cost == null) return BigDecimal.ZERO;
        return cost.pounds().multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(a, b)));
    }

    static BigDecimal pounds(BigDecimal weeklyCostDays) {
        return weeklyCostDays.divide(BigDecimal.valueOf(7), 2, java.math.RoundingMode.HALF_UP);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
