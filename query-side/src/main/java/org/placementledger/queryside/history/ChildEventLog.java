package org.placementledger.queryside.history;

import org.placementledger.events.RecordedEvent;

import java.util.List;

/** A child's events as the event store holds them, in sequence order: the record auditors replay. */
public interface ChildEventLog {

    /** Every event of the child, oldest first; empty for a child with none. */
    List<RecordedEvent> events(String childId);
}
