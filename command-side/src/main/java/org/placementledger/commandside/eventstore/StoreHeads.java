package org.placementledger.commandside.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the event store holds, as the reconciliation compares it with the projections: each child's last sequence,
 * and how far the global positions have gone. The per-child read is one aggregation over every event (a scan on
 * any store), so it is for a check that runs now and then, not for a hot path.
 */
public final class StoreHeads {

    /**
     * Beyond this many positions the events between two positions are estimated by their difference. Exactness
     * matters near zero (caught up or not); the count runs every few seconds, and each position asked for costs an
     * index lookup on the embedded server.
     */
    private static final int COUNTED_WINDOW = 1_000;

    private final MongoCollection<Document> events;
    private final PositionAllocator positions;

    public StoreHeads(MongoDatabase database) {
        this(database, "events", "event_counters");
    }

    public StoreHeads(MongoDatabase database, String eventsCollection, String countersCollection) {
        this.events = database.getCollection(eventsCollection);
        this.positions = new PositionAllocator(database.getCollection(countersCollection));
    }

    /** Each child's last sequence in the store, by child id. */
    public Map<String, Long> lastSequences() {
        Map<String, Long> heads = new HashMap<>();
        for (Document head : events.aggregate(List.of(
                Aggregates.group("$" + EventDocuments.AGGREGATE_ID, Accumulators.max("last", "$" + EventDocuments.SEQUENCE))))) {
            Object child = head.get("_id");
            if (child != null) heads.put(child.toString(), ((Number) head.get("last")).longValue());
        }
        return heads;
    }

    /** The highest global position handed out, written or not; -1 when none. */
    public long lastPosition() {
        return positions.lastAllocated();
    }

    /** How many of the given positions hold a stored event. */
    public long eventsAt(java.util.Collection<Long> positions) {
        if (positions.isEmpty()) return 0;
        long found = 0;
        for (Document ignored : events.find(Filters.in(EventDocuments.POSITION, positions)).projection(Projections.include(EventDocuments.POSITION))) {
            found++;
        }
        return found;
    }

    /**
     * How many stored events stand after {@code position}: counted exactly over the next {@link #COUNTED_WINDOW}
     * positions (a position handed out to an append that failed holds none), estimated beyond.
     */
    public long eventsAfter(long position) {
        long last = positions.lastAllocated();
        if (last <= position) return 0;
        if (last - position > COUNTED_WINDOW) return last - position;
        List<Long> wanted = new ArrayList<>((int) (last - position));
        for (long p = position + 1; p <= last; p++) wanted.add(p);
        return eventsAt(wanted);
    }
}
