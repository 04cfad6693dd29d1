package org.placementledger.measures;

import org.placementledger.events.history.CarePeriod;
import org.placementledger.events.history.Spell;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Placements as the stability measures count them: a stretch with one carer. A change of placement with
 * the same carer, a temporary placement and the return from it all stay inside one carer spell.
 */
public record CarerSpells(List<CarerSpell> spells) {

    /** How many placements (carer spells) a child had with a day in [start, end], over all periods of care. */
    public static long placementsBetween(org.placementledger.events.history.CareTimeline child, LocalDate start, LocalDate end) {
        long n = 0;
        for (CarePeriod period : child.periods()) n += of(period).countOverlapping(start, end);
        return n;
    }

    public record CarerSpell(LocalDate from, LocalDate until, Spell first) {
        boolean overlaps(LocalDate start, LocalDate end) {
            return !from.isAfter(end) && (until == null || until.isAfter(start));
        }
    }

    static CarerSpells of(CarePeriod period) {
        List<CarerSpell> out = new ArrayList<>();
        Spell first = null;
        LocalDate from = null;
        for (Spell s : period.spells()) {
            if (first == null || s.newCarer()) {
                if (first != null) out.add(new CarerSpell(from, s.from(), first));
                first = s;
                from = s.from();
            }
        }
        if (first != null) out.add(new CarerSpell(from, period.end(), first));
        return new CarerSpells(out);
    }

    /** How many carer spells have a day in [start, end]. */
    long countOverlapping(LocalDate start, LocalDate end) {
        return spells.stream().filter(s -> s.overlaps(start, end)).count();
    }

    /** The carer spell covering a date, if the child was in care then. */
    java.util.Optional<CarerSpell> on(LocalDate date) {
        return spells.stream().filter(s -> !s.from().isAfter(date) && (s.until() == null || s.until().isAfter(date))).reduce((a, b) -> b);
    }

    /** The carer spell just before the one covering a date. */
    java.util.Optional<CarerSpell> before(CarerSpell spell) {
        int i = spells.indexOf(spell);
        return i > 0 ? java.util.Optional.of(spells.get(i - 1)) : java.util.Optional.empty();
    }
}
