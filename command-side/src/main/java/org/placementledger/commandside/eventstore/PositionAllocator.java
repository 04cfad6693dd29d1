package org.placementledger.commandside.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import static com.mongodb.client.model.Filters.eq;

/**
 * Hands out global positions from one counter document, {@code {_id: "events", last: n}}, a contiguous
 * block per append. Positions start at 0 and {@code last} counts how many were handed out. Positions are
 * never handed out ahead of need: one handed out but never written (the append lost the concurrency check,
 * or the writer died) is a gap every reader has to wait for until it times out.
 */
final class PositionAllocator {

    static final String COUNTER_ID = "events";
    static final String LAST = "last";

    private final MongoCollection<Document> counters;

    PositionAllocator(MongoCollection<Document> counters) {
        this.counters = counters;
    }

    /**
     * @return the first position of a block of {@code count} positions handed out to the caller alone.
     * Serialised within the process because the embedded server applies concurrent increments of one
     * document but may return the same value to two of them (measured: 42 repeats in 4,000 increments from
     * 8 threads). A real MongoDB returns each its own value. Across processes on the embedded server the
     * unique {@code _id} catches what is left, and the engine takes a fresh block.
     */
    synchronized long allocate(int count) {
        Document after = counters.findOneAndUpdate(eq("_id", COUNTER_ID), Updates.inc(LAST, (long) count),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return ((Number) after.get(LAST)).longValue() - count;
    }

    /** The highest position handed out so far, written or not; -1 when none. One lookup by {@code _id}. */
    long lastAllocated() {
        Document counter = counters.find(eq("_id", COUNTER_ID)).first();
        return counter == null ? -1 : ((Number) counter.get(LAST)).longValue() - 1;
    }
}
