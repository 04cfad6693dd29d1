package org.placementledger.commandside.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

/**
 * Axon's event store on MongoDB, built so that every hot read is a lookup by {@code _id} or by a unique
 * single-field key. That is the only kind of query the embedded MongoDB server answers from an index (a
 * range or a compound key scans the whole collection); on a real MongoDB it is the cheapest query too.
 * <ul>
 *   <li>Each event's {@code _id} is its global position, from a counter document, so the next batch for a
 *   tracking processor is an {@code $in} of the next positions.</li>
 *   <li>{@code streamKey} = child id + "/" + sequence is unique: two writers of one child's next event
 *   cannot both succeed, which is the optimistic concurrency check; loading a child is an {@code $in}
 *   of its stream keys.</li>
 *   <li>Positions handed out but never written (a lost race, a crash) are gaps in Axon's
 *   {@link GapAwareTrackingToken}: looked at again on every read until filled or too old.</li>
 * </ul>
 * A batch of several events is written with one ordered insert and is not atomic on a store without
 * transactions; the commands of this project apply one event each, so each commit is one document.
 */
public class MongoPositionedEventStorageEngine extends BatchingEventStorageEngine {

    private static final int FIRST_WINDOW = 32;
    private static final int MAX_POSITION_ATTEMPTS = 5;

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> snapshots;
    private final PositionAllocator positions;
    private final Duration gapTimeout;
    private final int maxGapOffset;
    private final Clock clock;

    protected MongoPositionedEventStorageEngine(Builder builder) {
        super(builder);
        this.events = builder.database.getCollection(builder.eventsCollection);
        this.snapshots = builder.database.getCollection(builder.snapshotsCollection);
        this.positions = new PositionAllocator(builder.database.getCollection(builder.countersCollection));
        this.gapTimeout = builder.gapTimeout;
        this.maxGapOffset = builder.maxGapOffset;
        this.clock = builder.clock;
        ensureIndexes();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Creates the unique keys; safe to call on every start. */
    public void ensureIndexes() {
        events.createIndex(Indexes.ascending(EventDocuments.STREAM_KEY), new IndexOptions().unique(true).name("streamKey_unique"));
        events.createIndex(Indexes.ascending(EventDocuments.EVENT_ID), new IndexOptions().unique(true).name("eventId_unique"));
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> messages, Serializer serializer) {
        if (messages.isEmpty()) return;
        for (int attempt = 1; ; attempt++) {
            long first = positions.allocate(messages.size()) - messages.size();
            List<Document> documents = new ArrayList<>(messages.size());
            for (int i = 0; i < messages.size(); i++) {
                documents.add(EventDocuments.toDocument(first + i, messages.get(i), serializer));
            }
            try {
                events.insertMany(documents, new InsertManyOptions().ordered(true));
                return;
            } catch (MongoException e) {
                // A position taken twice is the store's fault, not a conflict between writers of one child:
                // nothing of the batch was written, so take fresh positions and write it again.
                if (attempt < MAX_POSITION_ATTEMPTS && positionTakenBeforeAnythingWritten(e)) continue;
                handlePersistenceException(e, failedEvent(e, messages));
                return;
            }
        }
    }

    private static boolean positionTakenBeforeAnythingWritten(MongoException e) {
        if (!(e instanceof MongoBulkWriteException bulk) || bulk.getWriteErrors().isEmpty()) return false;
        var error = bulk.getWriteErrors().get(0);
        return error.getIndex() == 0 && ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY
                && error.getMessage() != null && error.getMessage().contains("index: _id_");
    }

    private static EventMessage<?> failedEvent(MongoException e, List<? extends EventMessage<?>> messages) {
        if (e instanceof MongoBulkWriteException bulk && !bulk.getWriteErrors().isEmpty()) {
            int index = bulk.getWriteErrors().get(0).getIndex();
            if (index >= 0 && index < messages.size()) return messages.get(index);
        }
        return messages.get(0);
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        Document document = EventDocuments.toDocument(0, snapshot, serializer);
        document.put(EventDocuments.POSITION, snapshot.getAggregateIdentifier());
        document.remove(EventDocuments.STREAM_KEY);
        snapshots.replaceOne(eq(EventDocuments.POSITION, snapshot.getAggregateIdentifier()), document, new ReplaceOptions().upsert(true));
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        Document snapshot = snapshots.find(eq(EventDocuments.POSITION, aggregateIdentifier)).first();
        return snapshot == null ? Stream.empty() : Stream.of(EventDocuments.toEventData(snapshot));
    }

    /**
     * Reads a child's events by their stream keys, in windows that grow from a first guess that covers most
     * children (a few tens of events) in one query; each key asked for costs a lookup.
     */
    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier, long firstSequenceNumber, int batchSize) {
        List<Document> found = new ArrayList<>();
        long next = firstSequenceNumber;
        int window = FIRST_WINDOW;
        while (found.size() < batchSize) {
            int size = Math.min(window, batchSize - found.size());
            List<Document> page = streamWindow(aggregateIdentifier, next, size);
            found.addAll(page);
            if (page.size() < size) break;
            next += size;
            window = Math.min(window * 2, 256);
        }
        return found.stream().map(EventDocuments::toEventData).toList();
    }

    private List<Document> streamWindow(String aggregateId, long from, int size) {
        List<String> keys = new ArrayList<>(size);
        for (long s = from; s < from + size; s++) keys.add(EventDocuments.streamKey(aggregateId, s));
        List<Document> page = events.find(in(EventDocuments.STREAM_KEY, keys)).into(new ArrayList<>());
        page.sort(Comparator.comparingLong(EventDocuments::sequence));
        // A stream has no holes: stop at the first missing sequence rather than skip over it.
        List<Document> contiguous = new ArrayList<>(page.size());
        long expected = from;
        for (Document d : page) {
            if (EventDocuments.sequence(d) != expected) break;
            contiguous.add(d);
            expected++;
        }
        return contiguous;
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        long next = 0;
        int window = FIRST_WINDOW;
        Long last = null;
        while (true) {
            List<Document> page = streamWindow(aggregateIdentifier, next, window);
            if (!page.isEmpty()) last = EventDocuments.sequence(page.get(page.size() - 1));
            if (page.size() < window) return Optional.ofNullable(last);
            next += window;
            window = Math.min(window * 2, 256);
        }
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        GapAwareTrackingToken token = (GapAwareTrackingToken) lastToken;
        long index = token == null ? -1 : token.getIndex();
        SortedSet<Long> gaps = token == null ? new TreeSet<>() : token.getGaps();

        List<Long> wanted = new ArrayList<>(gaps);
        if (index >= 0 && !gaps.isEmpty()) wanted.add(index); // its timestamp tells whether the gaps are stale
        for (long p = index + 1; p <= index + batchSize; p++) wanted.add(p);
        List<Document> found = byPositions(wanted);

        if (token != null && !gaps.isEmpty() && gapsTimedOut(found, index)) {
            token = token.withGapsTruncatedAt(index);
        }
        List<Document> fresh = new ArrayList<>();
        for (Document d : found) {
            long p = EventDocuments.position(d);
            if (p > index || (token != null && token.getGaps().contains(p))) fresh.add(d);
        }
        if (fresh.stream().noneMatch(d -> EventDocuments.position(d) > index)) {
            fresh.addAll(skipAbandoned(index + batchSize + 1, batchSize));
        }
        fresh.sort(Comparator.comparingLong(EventDocuments::position));

        List<TrackedEventData<?>> result = new ArrayList<>(fresh.size());
        GapAwareTrackingToken current = token;
        for (Document d : fresh) {
            long p = EventDocuments.position(d);
            current = current == null
                    ? GapAwareTrackingToken.newInstance(p, gapsBelow(p))
                    : current.advanceTo(p, maxGapOffset);
            result.add(new TrackedDomainEventData<>(current, EventDocuments.toEventData(d)));
        }
        return result;
    }

    /**
     * Positions past the window that were handed out: after a run of abandoned positions longer than a
     * batch, the window alone would never move on. Looks ahead in large steps, up to the counter.
     */
    private List<Document> skipAbandoned(long from, int batchSize) {
        long last = positions.lastAllocated();
        for (long start = from; start <= last; start += 1000) {
            List<Long> wanted = new ArrayList<>();
            for (long p = start; p <= Math.min(start + 999, last); p++) wanted.add(p);
            List<Document> found = byPositions(wanted);
            if (!found.isEmpty()) {
                found.sort(Comparator.comparingLong(EventDocuments::position));
                return found.subList(0, Math.min(batchSize, found.size()));
            }
        }
        return List.of();
    }

    private Collection<Long> gapsBelow(long position) {
        List<Long> gaps = new ArrayList<>();
        for (long p = Math.max(0, position - maxGapOffset); p < position; p++) gaps.add(p);
        return gaps;
    }

    /**
     * A gap is given up when the event at the token's index, written after every position below it was
     * handed out, is older than the gap timeout: any writer of a gap has had that long to finish.
     */
    private boolean gapsTimedOut(List<Document> found, long index) {
        Instant indexStored = found.stream().filter(d -> EventDocuments.position(d) == index).findFirst()
                .map(d -> Instant.parse(d.getString(EventDocuments.TIMESTAMP))).orElse(Instant.MIN);
        return indexStored.plus(gapTimeout).isBefore(clock.instant());
    }

    private List<Document> byPositions(List<Long> wanted) {
        if (wanted.isEmpty()) return new ArrayList<>();
        return events.find(in(EventDocuments.POSITION, wanted)).into(new ArrayList<>());
    }

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    @Override
    public TrackingToken createHeadToken() {
        long last = positions.lastAllocated();
        return last < 0 ? null : GapAwareTrackingToken.newInstance(last, List.of());
    }

    /** The position just before the first event stored at or after the instant, found by halving the positions. */
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        long low = 0;
        long high = positions.lastAllocated();
        if (high < 0) return null;
        while (low < high) {
            long mid = (low + high) >>> 1;
            Optional<Instant> at = timestampAtOrAfter(mid, high);
            if (at.isEmpty() || !at.get().isBefore(dateTime)) high = mid;
            else low = mid + 1;
        }
        return low == 0 ? null : GapAwareTrackingToken.newInstance(low - 1, List.of());
    }

    private Optional<Instant> timestampAtOrAfter(long position, long last) {
        for (long p = position; p <= last; p += 64) {
            List<Long> wanted = new ArrayList<>();
            for (long q = p; q < Math.min(p + 64, last + 1); q++) wanted.add(q);
            Optional<Document> first = byPositions(wanted).stream().min(Comparator.comparingLong(EventDocuments::position));
            if (first.isPresent()) return first.map(d -> Instant.parse(d.getString(EventDocuments.TIMESTAMP)));
        }
        return Optional.empty();
    }

    /** Recognises MongoDB's duplicate key errors, which here mean another writer took the same stream position. */
    static final class DuplicateKeyResolver implements PersistenceExceptionResolver {
        @Override
        public boolean isDuplicateKeyViolation(Exception exception) {
            if (exception instanceof MongoBulkWriteException bulk) {
                return bulk.getWriteErrors().stream().anyMatch(e -> ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY);
            }
            if (exception instanceof MongoWriteException write) {
                return write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
            }
            return false;
        }
    }

    public static class Builder extends BatchingEventStorageEngine.Builder {

        private MongoDatabase database;
        private String eventsCollection = "events";
        private String snapshotsCollection = "snapshots";
        private String countersCollection = "event_counters";
        private Duration gapTimeout = Duration.ofSeconds(60);
        private int maxGapOffset = 10_000;
        private Clock clock = Clock.systemUTC();

        protected Builder() {
            persistenceExceptionResolver(new DuplicateKeyResolver());
        }

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        public Builder eventsCollection(String name) {
            this.eventsCollection = name;
            return this;
        }

        public Builder snapshotsCollection(String name) {
            this.snapshotsCollection = name;
            return this;
        }

        public Builder countersCollection(String name) {
            this.countersCollection = name;
            return this;
        }

        /** How long a position handed out but not written is waited for before readers give it up. */
        public Builder gapTimeout(Duration gapTimeout) {
            this.gapTimeout = gapTimeout;
            return this;
        }

        /** How far behind the newest position a gap is still waited for. */
        public Builder maxGapOffset(int maxGapOffset) {
            this.maxGapOffset = maxGapOffset;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder persistenceExceptionResolver(PersistenceExceptionResolver resolver) {
            super.persistenceExceptionResolver(resolver);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        @Override
        protected void validate() {
            super.validate();
            if (database == null) throw new org.axonframework.common.AxonConfigurationException("a MongoDatabase is required");
        }

        public MongoPositionedEventStorageEngine build() {
            validate();
            return new MongoPositionedEventStorageEngine(this);
        }
    }
}
