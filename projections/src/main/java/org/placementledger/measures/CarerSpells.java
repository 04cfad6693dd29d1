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

    public CarerSpells {
        spells = List.copyOf(spells);
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
        // Loops, not streams, here and below: these run for every child in care at every date asked for.
        long n = 0;
        for (CarerSpell s : spells) if (s.overlaps(start, end)) n++;
        return n;
    }

    /** The index of the carer spell covering a date, or -1 when the child was not in care then. */
    int indexOn(LocalDate date) {
        for (int i = spells.size() - 1; i >= 0; i--) {
            CarerSpell s = spells.get(i);
            if (!s.from().isAfter(date) && (s.until() == null || s.until().isAfter(date))) return i;
        }
        return -1;
    }
}
