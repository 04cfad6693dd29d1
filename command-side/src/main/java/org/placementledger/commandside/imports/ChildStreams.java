package org.placementledger.commandside.imports;

import org.placementledger.events.ChildEvent;
import org.placementledger.events.history.EffectiveHistory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Many children's streams read and appended at once, for an import: one round trip for a batch of children
 * where a command per child would make several each.
 */
public interface ChildStreams {

    /** Each child's record as its stream stands (children with no event: an empty history). */
    Map<String, EffectiveHistory> histories(Collection<String> children);

    /** New events of one child, to follow the sequence its plan was made on. */
    record Append(String child, long afterSequence, List<ChildEvent> events) {
    }

    /**
     * Appends every child's events in one write. A child whose stream moved on since it was read is not
     * written (the store's unique key on child and sequence refuses its first event); the children returned
     * are those whose events are all stored, the others are to be tried again.
     */
    Set<String> append(List<Append> appends, String recordedBy);
}
