package org.placementledger.events.history;

import org.placementledger.events.codes.CategoryOfNeed;
import org.placementledger.events.codes.LegalStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A child in a period of care.
 *
 * @param spells the placements of this period in the order the child lived in them; the last is current
 */
public record InCare(
        ChildDetails child,
        LocalDate periodStart,
        LegalStatus legalStatus,
        CategoryOfNeed categoryOfNeed,
        List<PlacementSpell> spells) implements CareState {

    public InCare {
        spells = List.copyOf(spells);
        if (spells.isEmpty()) throw new IllegalArgumentException("a child in care is always somewhere");
    }

    public PlacementSpell current() {
        return spells.get(spells.size() - 1);
    }

    /** The placement a child in a temporary placement is expected back in, if the current one is temporary. */
    public Optional<PlacementSpell> beforeTemporary() {
        if (!current().placement().isTemporary()) return Optional.empty();
        for (int i = spells.size() - 2; i >= 0; i--) {
            if (!spells.get(i).placement().isTemporary()) return Optional.of(spells.get(i));
        }
        return Optional.empty();
    }

    public Optional<PlacementSpell> spell(String placementId) {
        return spells.stream().filter(s -> s.placementId().equals(placementId)).reduce((first, later) -> later);
    }

    /** The day after the last day of a spell: the next spell's start, or empty for the current one. */
    public Optional<LocalDate> endOf(PlacementSpell spell) {
        int i = spells.lastIndexOf(spell);
        return i >= 0 && i < spells.size() - 1 ? Optional.of(spells.get(i + 1).from()) : Optional.empty();
    }

    public boolean isShortBreaks() {
        return legalStatus.isShortBreaks();
    }
}
