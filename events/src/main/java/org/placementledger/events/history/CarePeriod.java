package org.placementledger.events.history;

import org.placementledger.events.codes.CategoryOfNeed;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.codes.ReasonEpisodeCeased;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One period of care, from the start (903 DECOM of its first episode) to the end (DEC), with its spells
 * and legal statuses.
 *
 * @param end                the day care ceased, or null while it lasts; the child is not in care on that day
 * @param startBeforeRecords the period began before the council's records (a history taken in from a 903 return
 *                           whose first known episode is not RNE S): {@code start} is when the records begin, so
 *                           it is no start of care to count, and the child may have been looked after for longer
 */
public record CarePeriod(LocalDate start, LocalDate end, ReasonEpisodeCeased endReason, CategoryOfNeed categoryOfNeed,
                         List<Spell> spells, List<Dated<LegalStatus>> legalStatuses, boolean startBeforeRecords) {

    public CarePeriod {
        spells = List.copyOf(spells);
        legalStatuses = List.copyOf(legalStatuses);
    }

    /** In care on a date: started on or before it and not ceased on or before it. */
    public boolean inCareOn(LocalDate date) {
        return !start.isAfter(date) && (end == null || end.isAfter(date));
    }

    public Optional<Spell> spellOn(LocalDate date) {
        for (int i = spells.size() - 1; i >= 0; i--) {
            if (spells.get(i).covers(date)) return Optional.of(spells.get(i));
        }
        return Optional.empty();
    }

    public LegalStatus legalStatusOn(LocalDate date) {
        LegalStatus status = legalStatuses.get(0).value();
        for (Dated<LegalStatus> s : legalStatuses) {
            if (!s.from().isAfter(date)) status = s.value();
        }
        return status;
    }
}
