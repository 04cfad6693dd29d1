package org.placementledger.commandside.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import static com.mongodb.client.model.Filters.eq;

/**
 * Hands out global positions from one counter document, a block at a time, atomically. Positions start
 * at 0; the counter holds how many were handed out. A block whose events are never written (the append lost a race, or the writer died) leaves a gap
 * that readers learn to step over.
 */
final class PositionAllocator {

    private static final String COUNTER_ID = "events";
    private static final String LAST = "last";

    private final MongoCollection<Document> counters;

    PositionAllocator(MongoCollection<Document> counters) {
        this.counters = counters;
    }

    /**
     * @return the number of positions handed out, this block included: its positions end just before it.
     * Serialised within the process: the embedded server does not apply concurrent increments of one
     * document atomically (measured: two appends got the same position). A real MongoDB does, and across
     * processes the store's unique {@code _id} catches what is left, for the engine to retry.
     */
    synchronized long allocate(int count) {
        Document after = counters.findOneAndUpdate(eq("_id", COUNTER_ID), Updates.inc(LAST, (long) count),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return ((Number) after.get(LAST)).longValue();
    }

    /** The highest position handed out so far, written or not; -1 when none. */
    long lastAllocated() {
        Document counter = counters.find(eq("_id", COUNTER_ID)).first();
        return counter == null ? -1 : ((Number) counter.get(LAST)).longValue() - 1;
    }
}
