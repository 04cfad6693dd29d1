package org.placementledger.queryside.exports;

import org.placementledger.events.RecordedEvent;

import java.util.function.Consumer;

/** Every event of the record, in the order they were stored: what a return is written from. */
public interface EventArchive {

    void forEach(Consumer<RecordedEvent> each);
}
