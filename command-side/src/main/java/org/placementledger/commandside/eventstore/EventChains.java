package org.placementledger.commandside.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.bson.Document;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks the event store's tamper evidence: every child's chain of hashes, and the seals, each a hash over
 * every child's chain head at a position. Reads the whole store once, in position order.
 * <p>
 * An event edited in place no longer matches its hash; an event removed or replaced with a fresh hash breaks
 * the chain of its child at the next event, or, at the child's last event, the next seal.
 */
public final class EventChains {

    public static final String SEALS = "seals";

    /** One thing found wrong: which child and event, and what. */
    public record Problem(String childId, long sequence, long position, String problem) {
    }

    /** A seal and whether the store still gives its hash. */
    public record SealCheck(Instant sealedAt, long position, long children, boolean intact) {
    }

    /**
     * @param withoutHash events stored before the store kept hashes: not checkable, counted apart
     */
    public record Verification(boolean intact, long eventsChecked, long children, long withoutHash, List<Problem> problems,
                               List<SealCheck> seals) {
    }

    /** A seal: the hash over every child's chain head at a position. */
    public record Seal(Instant sealedAt, long position, long children, String hash) {
    }

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> seals;
    private final Clock clock;

    public EventChains(MongoDatabase database, String eventsCollection, Clock clock) {
        this.events = database.getCollection(eventsCollection);
        this.seals = database.getCollection(SEALS);
        this.clock = clock;
    }

    /**
     * Seals the store as it stands: the hash over every child's chain head, with the position it covers. Events
     * stored in the last minute are left to the next seal: a slower writer may still be filling a position below
     * theirs (the store gives up on such a gap after a minute too).
     */
    public Seal seal() {
        Instant settled = clock.instant().minusSeconds(60);
        Map<String, String> heads = new HashMap<>();
        long position = -1;
        for (Document e : events.find().sort(Sorts.ascending(EventDocuments.POSITION))
                .projection(Projections.include(EventDocuments.AGGREGATE_ID, EventHashes.HASH, EventDocuments.STORED_AT,
                        EventDocuments.TIMESTAMP)).batchSize(1000)) {
            if (EventDocuments.storedAt(e).isAfter(settled)) break;
            String child = e.getString(EventDocuments.AGGREGATE_ID);
            if (child != null && e.getString(EventHashes.HASH) != null) heads.put(child, e.getString(EventHashes.HASH));
            position = EventDocuments.position(e);
        }
        Seal seal = new Seal(clock.instant(), position, heads.size(), headsHash(heads));
        seals.insertOne(new Document("sealedAt", Date.from(seal.sealedAt())).append("position", seal.position())
                .append("children", seal.children()).append("hash", seal.hash()));
        return seal;
    }

    /** Checks every chain and every seal. */
    public Verification verify() {
        List<Document> sealsByPosition = new ArrayList<>();
        seals.find().sort(Sorts.ascending("position")).into(sealsByPosition);
        List<SealCheck> sealChecks = new ArrayList<>();
        int nextSeal = 0;

        Map<String, String> heads = new HashMap<>();
        Map<String, Long> lastSequence = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        long checked = 0;
        long withoutHash = 0;
        for (Document e : inPositionOrder()) {
            long position = EventDocuments.position(e);
            while (nextSeal < sealsByPosition.size() && ((Number) sealsByPosition.get(nextSeal).get("position")).longValue() < position) {
                sealChecks.add(check(sealsByPosition.get(nextSeal++), heads));
            }
            checked++;
            String child = e.getString(EventDocuments.AGGREGATE_ID);
            long sequence = EventDocuments.sequence(e);
            String hash = e.getString(EventHashes.HASH);
            if (hash == null) {
                withoutHash++;
                if (child != null) lastSequence.put(child, sequence);
                continue;
            }
            String previous = e.getString(EventHashes.PREVIOUS_HASH);
            if (!EventHashes.of(e, previous).equals(hash)) {
                problems.add(new Problem(child, sequence, position, "the event no longer matches its hash: it was changed after it was stored"));
            }
            if (child != null) {
                Long last = lastSequence.get(child);
                if (last != null && sequence != last + 1) {
                    problems.add(new Problem(child, sequence, position, "sequence " + sequence + " follows " + last + ": events are missing or out of place"));
                } else if (last == null && sequence != 0) {
                    problems.add(new Problem(child, sequence, position, "the child's stream starts at sequence " + sequence + ", not 0"));
                }
                String head = heads.get(child);
                if (head != null && !head.equals(previous)) {
                    problems.add(new Problem(child, sequence, position, "the chain is broken: the event before it is not the one it was chained to"));
                }
                heads.put(child, hash);
                lastSequence.put(child, sequence);
            }
        }
        while (nextSeal < sealsByPosition.size()) sealChecks.add(check(sealsByPosition.get(nextSeal++), heads));
        boolean intact = problems.isEmpty() && sealChecks.stream().allMatch(SealCheck::intact);
        return new Verification(intact, checked, lastSequence.size(), withoutHash, problems, sealChecks);
    }

    private static SealCheck check(Document seal, Map<String, String> headsSoFar) {
        String expected = seal.getString("hash");
        return new SealCheck(seal.getDate("sealedAt").toInstant(), ((Number) seal.get("position")).longValue(),
                ((Number) seal.get("children")).longValue(), expected.equals(headsHash(headsSoFar)));
    }

    /** SHA-256 over every child's head, in child order, so the same heads always give the same hash. */
    private static String headsHash(Map<String, String> heads) {
        StringBuilder all = new StringBuilder(heads.size() * 80);
        new TreeMap<>(heads).forEach((child, hash) -> all.append(child).append(':').append(hash).append('\n'));
        return EventHashes.sha256(all.toString());
    }

    private Iterable<Document> inPositionOrder() {
        return events.find().sort(Sorts.ascending(EventDocuments.POSITION))
                .projection(Projections.exclude(EventDocuments.STORED_AT, EventDocuments.TIMESTAMP_DATE, EventDocuments.STREAM_KEY))
                .batchSize(1000);
    }
}
