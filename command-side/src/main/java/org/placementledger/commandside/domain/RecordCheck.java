package org.placementledger.commandside.domain;

import org.placementledger.events.CareStarted;
import org.placementledger.events.PlacementChanged;
import org.placementledger.events.history.CareState;
import org.placementledger.events.history.CareStates;
import org.placementledger.events.history.EffectiveHistory;
import org.placementledger.events.history.NeverInCare;
import org.placementledger.events.history.StoredFact;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks a record fact by fact in the order things happened, each fact against where the record stood on
 * its own date. A new, corrected or withdrawn fact is judged this way from its date on, so a backdated
 * record is judged by the day it is effective on, and what it would do to the facts after it is judged too.
 * <p>
 * The fold always starts from nothing, but facts dated before the change are not judged again: the record
 * they stand on is the same as when they were accepted, so they would be judged the same, except where a
 * setting has moved since (a lower cost ceiling must not lock a child's record over an old figure).
 */
final class RecordCheck {

    private RecordCheck() {
    }

    /** A fact of the record that a rule refuses. */
    static final class Refused extends RuntimeException {
        final StoredFact fact;
        final RuleBroken broken;

        Refused(StoredFact fact, RuleBroken broken) {
            super(broken.getMessage(), null, false, false);
            this.fact = fact;
            this.broken = broken;
        }
    }

    /** @return where the record stands after all its facts */
    static CareState checkFrom(LocalDate from, EffectiveHistory history, LocalDate today, RecordLimits limits) {
        CareState state = new NeverInCare();
        Map<String, LocalDate> placementsSeen = new HashMap<>();
        for (StoredFact stored : history.inEffectiveOrder()) {
            if (!stored.fact().effectiveDate().isBefore(from)) {
                try {
                    FactChecks.check(state, placementsSeen, stored.fact(), today, limits);
                } catch (RuleBroken broken) {
                    throw new Refused(stored, broken);
                }
            }
            state = CareStates.evolve(state, stored.fact());
            String placementId = placementIdStartedBy(stored);
            if (placementId != null) placementsSeen.putIfAbsent(placementId, stored.fact().effectiveDate());
        }
        return state;
    }

    private static String placementIdStartedBy(StoredFact stored) {
        if (stored.fact() instanceof CareStarted started) return started.placement().id();
        if (stored.fact() instanceof PlacementChanged moved) return moved.placement().id();
        return null;
    }
}
