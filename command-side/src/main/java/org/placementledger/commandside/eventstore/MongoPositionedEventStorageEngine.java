package org.placementledger.commandside.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.common.Assert;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static org.placementledger.commandside.eventstore.EventDocuments.POSITION;
import static org.placementledger.commandside.eventstore.EventDocuments.SEQUENCE;
import static org.placementledger.commandside.eventstore.EventDocuments.STORED_AT;
import static org.placementledger.commandside.eventstore.EventDocuments.STREAM_KEY;
import static org.placementledger.commandside.eventstore.EventDocuments.TIMESTAMP;

/**
 * Axon's event store on MongoDB, built so that every hot read is a lookup by {@code _id} or by a unique
 * single-field key, equality or {@code $in}. That is the only kind of query the embedded MongoDB server
 * (mongo-java-server) answers from an index: a range, a sort or a compound key scans and decodes the whole
 * collection. On a real MongoDB it is the cheapest query too, and nothing here relies on the embedded
 * server's ways.
 * <ul>
 *   <li>Each event's {@code _id} is its global position, handed out in blocks from a counter document, so a
 *   tracking reader's next batch is an {@code $in} of the next positions.</li>
 *   <li>{@code streamKey} = aggregate id + "/" + sequence is unique: of two writers of one child's next
 *   event one wins and the other gets Axon's {@code ConcurrencyException}. Loading a child is an
 *   {@code $in} of its stream keys.</li>
 *   <li>Positions handed out but not written (yet) are the gaps of Axon's {@link GapAwareTrackingToken}:
 *   asked for again on every read until filled, given up after the gap timeout (see
 *   {@link GapTimeouts}) or when further than the max gap offset behind.</li>
 * </ul>
 * An append of several events is one ordered insert and is <b>not atomic</b> on a store without
 * transactions: if the k-th event is refused, the ones before it stay stored. A history recorded by one
 * command, or an import's batch of children, is such an append: the import reads back which children's events
 * all landed ({@code EventStoreChildStreams#append}) and records the others again one by one.
 * <p>
 * Events of one aggregate are delivered to trackers in sequence order: an event's position is handed out
 * only after the aggregate's previous event was written, and a read looks again at every empty position
 * below the newest event it found before handing any of them on.
 * <p>
 * On a replica set, read from the primary and write with majority concern, as for any event store: a
 * position read from a lagging secondary only looks like a gap, but a rolled-back write is lost.
 * <p>
 * Longer than 300 lines because Axon's storage engine is one class: appending, reading a child's stream and the
 * tracking readers share the positions and the gap rules, each in a section of its own.
 */
public class MongoPositionedEventStorageEngine extends BatchingEventStorageEngine {

    /** Covers most children in one query; each key asked for costs an index lookup on the embedded server. */
    private static final int FIRST_STREAM_WINDOW = 32;
    private static final int MAX_STREAM_WINDOW = 256;
    private static final int MAX_LOOK_AHEAD_WINDOW = 1_000;
    private static final int TIMESTAMP_PROBE_WINDOW = 64;
    private static final int MAX_POSITION_ATTEMPTS = 5;

    private final MongoCollection<Document> events;
    private final MongoCollection<Document> snapshots;
    private final PositionAllocator positions;
    private final GapTimeouts gaps;
    private final Clock clock;

    protected MongoPositionedEventStorageEngine(Builder builder) {
        super(builder);
        this.events = builder.database.getCollection(builder.eventsCollection);
        this.snapshots = builder.database.getCollection(builder.snapshotsCollection);
        this.positions = new PositionAllocator(builder.database.getCollection(builder.countersCollection));
        this.gaps = new GapTimeouts(builder.gapTimeout, builder.maxGapOffset);
        this.clock = builder.clock;
        ensureIndexes();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Creates the unique keys the engine's reads and its concurrency check stand on; safe on every start. */
    public void ensureIndexes() {
        events.createIndex(Indexes.ascending(STREAM_KEY),
                new IndexOptions().unique(true).name(DuplicateStreamKeyResolver.STREAM_KEY_INDEX));
        events.createIndex(Indexes.ascending(EventDocuments.EVENT_ID), new IndexOptions().unique(true).name("eventId_unique"));
    }

    // ---- appending ----

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> messages, Serializer serializer) {
        if (messages.isEmpty()) return;
        // Serialised before positions are taken: the shorter a position stays empty, the less readers wait.
        List<Document> documents = new ArrayList<>(messages.size());
        for (EventMessage<?> message : messages) documents.add(EventDocuments.toDocument(message, serializer));
        chain(documents);
        for (int attempt = 1; ; attempt++) {
            long first = positions.allocate(messages.size());
            Instant storedAt = clock.instant();
            for (int i = 0; i < documents.size(); i++) EventDocuments.place(documents.get(i), first + i, storedAt);
            try {
                events.insertMany(documents, new InsertManyOptions().ordered(true));
                return;
            } catch (MongoException e) {
                // A position handed out twice is no conflict between writers of one child: nothing of the batch
                // was written, so it goes again at fresh positions.
                if (attempt < MAX_POSITION_ATTEMPTS && DuplicateStreamKeyResolver.positionTakenBeforeAnythingWritten(e)) {
                    continue;
                }
                int refused = Math.min(DuplicateStreamKeyResolver.firstRefused(e), messages.size() - 1);
                handlePersistenceException(e, messages.get(refused));
                return;
            }
        }
    }

    /**
     * Gives each event its hash, chained to the previous event of the same child: within the batch, or the one
     * stored. Two writers racing for one sequence both chain to the same previous event; the unique stream key
     * lets one of them in.
     */
    private void chain(List<Document> documents) {
        java.util.Map<String, String> heads = new java.util.HashMap<>();
        for (Document document : documents) {
            String child = document.getString(EventDocuments.AGGREGATE_ID);
            long sequence = EventDocuments.sequence(document);
            String previous = null;
            if (child != null && sequence > 0) {
                previous = heads.containsKey(child) ? heads.get(child) : storedHash(child, sequence - 1);
            }
            String hash = EventHashes.of(document, previous);
            document.put(EventHashes.PREVIOUS_HASH, previous);
            document.put(EventHashes.HASH, hash);
            if (child != null) heads.put(child, hash);
        }
    }

    private String storedHash(String child, long sequence) {
        Document previous = events.find(Filters.eq(STREAM_KEY, EventDocuments.streamKey(child, sequence)))
                .projection(Projections.include(EventHashes.HASH)).first();
        return previous == null ? null : previous.getString(EventHashes.HASH);
    }

    // ---- one aggregate's stream ----

    /**
     * Reads a child's events by their stream keys, in windows growing from a first guess that covers most
     * children; Axon asks again from the next sequence when a whole batch came back.
     */
    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier, long firstSequenceNumber, int batchSize) {
        List<Document> found = new ArrayList<>();
        long next = firstSequenceNumber;
        int window = FIRST_STREAM_WINDOW;
        while (found.size() < batchSize) {
            int size = Math.min(window, batchSize - found.size());
            List<Document> page = streamWindow(aggregateIdentifier, next, size, null);
            found.addAll(page);
            if (page.size() < size) break;
            next += size;
            window = Math.min(window * 2, MAX_STREAM_WINDOW);
        }
        return found.stream().map(EventDocuments::toEventData).toList();
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        Bson sequenceOnly = Projections.include(SEQUENCE);
        long next = 0;
        int window = FIRST_STREAM_WINDOW;
        Long last = null;
        while (true) {
            List<Document> page = streamWindow(aggregateIdentifier, next, window, sequenceOnly);
            if (!page.isEmpty()) last = EventDocuments.sequence(page.get(page.size() - 1));
            if (page.size() < window) return Optional.ofNullable(last);
            next += window;
            window = Math.min(window * 2, MAX_STREAM_WINDOW);
        }
    }

    /** The events of sequences {@code from .. from+size-1}, in order, up to the first one missing. */
    private List<Document> streamWindow(String aggregateId, long from, int size, Bson projection) {
        List<String> keys = new ArrayList<>(size);
        for (long s = from; s < from + size; s++) keys.add(EventDocuments.streamKey(aggregateId, s));
        List<Document> page = events.find(in(STREAM_KEY, keys)).projection(projection).batchSize(size).into(new ArrayList<>());
        page.sort(Comparator.comparingLong(EventDocuments::sequence));
        // A stream has no holes (events are redacted in place, never deleted). Were one missing, the windows
        // would see past it or not depending on where they fall; ending at it gives every read the same stream.
        List<Document> contiguous = new ArrayList<>(page.size());
        long expected = from;
        for (Document d : page) {
            if (EventDocuments.sequence(d) != expected) break;
            contiguous.add(d);
            expected++;
        }
        return contiguous;
    }

    // ---- tracking ----

    /**
     * The next events by position: the token's gaps still waited for and the next {@code batchSize}
     * positions, bounded by the counter, in one {@code $in}. With nothing new and no gaps the read is the
     * counter's lookup alone, which is what an idle processor pays once a second.
     */
    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        Assert.isTrue(lastToken == null || lastToken instanceof GapAwareTrackingToken,
                () -> "Token [" + lastToken + "] is of the wrong type. Expected a GapAwareTrackingToken");
        GapAwareTrackingToken token = (GapAwareTrackingToken) lastToken;
        Instant now = clock.instant();
        long index = token == null ? -1 : token.getIndex();
        gaps.readerAt(index);
        List<Long> asked = token == null ? new ArrayList<>() : gaps.notGivenUp(token.getGaps(), now);
        if (token != null && asked.size() < token.getGaps().size()) {
            token = GapAwareTrackingToken.newInstance(index, asked);
        }

        long last = positions.lastAllocated();
        long windowEnd = Math.min(index + batchSize, last);
        for (long p = index + 1; p <= windowEnd; p++) {
            if (!gaps.givenUp(p, now)) asked.add(p);
        }
        if (asked.isEmpty() && last <= windowEnd) return List.of();
        NavigableMap<Long, Document> found = byPositions(asked, null);

        if ((found.isEmpty() || found.lastKey() <= index) && last > windowEnd) {
            // Every position of the window is empty but later ones were handed out: a run of abandoned or
            // unfinished appends longer than a batch. Step over it rather than wait on it forever.
            found.putAll(firstWrittenAfter(windowEnd, last, batchSize, asked, now));
        }
        if (!found.isEmpty()) {
            recheckEmptyBelow(found, asked);
        }
        gaps.filled(found.keySet());
        gaps.seenEmpty(asked.stream().filter(p -> !found.containsKey(p)).toList(), now);

        List<TrackedEventData<?>> result = new ArrayList<>(found.size());
        GapAwareTrackingToken current = token;
        for (Document document : found.values()) {
            current = advance(current, document, now);
            result.add(new TrackedDomainEventData<>(current, EventDocuments.toEventData(document)));
        }
        return result;
    }

    /**
     * Looks once more at the positions found empty below the newest event found. A writer that finished
     * before that event's position was handed out (its own previous event, say) may have landed while the
     * query ran; without this it would be delivered after the later event.
     */
    private void recheckEmptyBelow(NavigableMap<Long, Document> found, List<Long> asked) {
        long highest = found.lastKey();
        long lowest = highest - gaps.maxGapOffset();
        List<Long> empty = asked.stream().filter(p -> p < highest && p >= lowest && !found.containsKey(p)).toList();
        if (!empty.isEmpty()) found.putAll(byPositions(empty, null));
    }

    private GapAwareTrackingToken advance(GapAwareTrackingToken token, Document document, Instant now) {
        long position = EventDocuments.position(document);
        boolean waitForGapsBelow = gaps.gapsBelowAwaited(EventDocuments.storedAt(document), now);
        if (token == null) {
            List<Long> below = new ArrayList<>();
            if (waitForGapsBelow) {
                for (long p = Math.max(0, position - gaps.maxGapOffset()); p < position; p++) below.add(p);
            }
            return GapAwareTrackingToken.newInstance(position, below);
        }
        if (position < token.getIndex()) {
            return token.advanceTo(position, gaps.maxGapOffset()); // a gap filled
        }
        GapAwareTrackingToken advanced = token.advanceTo(position, waitForGapsBelow ? gaps.maxGapOffset() : 0);
        // Positions stepped over that were already given up are not carried as gaps.
        for (long p = token.getIndex() + 1; p < position; p++) {
            if (gaps.givenUp(p, now)) {
                return GapAwareTrackingToken.newInstance(position, gaps.notGivenUp(advanced.getGaps(), now));
            }
        }
        return advanced;
    }

    /**
     * The first written events after {@code from}, looking ahead in growing windows up to the counter;
     * positions given up are skipped without asking, so a failed append at the head costs nothing once timed out.
     */
    private NavigableMap<Long, Document> firstWrittenAfter(long from, long last, int batchSize, List<Long> asked, Instant now) {
        long start = from + 1;
        int window = batchSize;
        while (start <= last) {
            long end = Math.min(last, start + window - 1);
            List<Long> wanted = new ArrayList<>();
            for (long p = start; p <= end; p++) {
                if (!gaps.givenUp(p, now)) wanted.add(p);
            }
            asked.addAll(wanted);
            NavigableMap<Long, Document> found = byPositions(wanted, null);
            if (!found.isEmpty()) {
                NavigableMap<Long, Document> firstBatch = new TreeMap<>();
                for (Map.Entry<Long, Document> e : found.entrySet()) {
                    if (firstBatch.size() == batchSize) break;
                    firstBatch.put(e.getKey(), e.getValue());
                }
                return firstBatch;
            }
            start = end + 1;
            window = Math.min(window * 2, Math.max(batchSize, MAX_LOOK_AHEAD_WINDOW));
        }
        return new TreeMap<>();
    }

    private NavigableMap<Long, Document> byPositions(Collection<Long> wanted, Bson projection) {
        NavigableMap<Long, Document> found = new TreeMap<>();
        if (wanted.isEmpty()) return found;
        for (Document d : events.find(in(POSITION, wanted)).projection(projection).batchSize(wanted.size())) {
            found.put(EventDocuments.position(d), d);
        }
        return found;
    }

    // ---- tokens ----

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    /**
     * At the newest event among the last {@code batchSize} positions handed out. The empty positions below
     * it in that window are gaps, and those above it are simply ahead: appends under way when the token was
     * made are still delivered when they land, and failed ones time out as any gap. Unfinished appends
     * older than that window are taken as done.
     */
    @Override
    public TrackingToken createHeadToken() {
        long last = positions.lastAllocated();
        if (last < 0) return null;
        long from = Math.max(0, last - batchSize() + 1);
        List<Long> window = new ArrayList<>();
        for (long p = from; p <= last; p++) window.add(p);
        NavigableMap<Long, Document> found = byPositions(window, Projections.include(STORED_AT, TIMESTAMP));
        if (found.isEmpty()) {
            return from == 0 ? null : GapAwareTrackingToken.newInstance(from - 1, List.of());
        }
        long newest = found.lastKey();
        List<Long> empty = new ArrayList<>();
        Instant now = clock.instant();
        if (gaps.gapsBelowAwaited(EventDocuments.storedAt(found.lastEntry().getValue()), now)) {
            for (long p = from; p < newest; p++) if (!found.containsKey(p) && !gaps.givenUp(p, now)) empty.add(p);
        }
        return GapAwareTrackingToken.newInstance(newest, empty);
    }

    /**
     * Just before the first event from {@code dateTime} on, found by halving the positions with point
     * lookups. Timestamps grow with positions only roughly (concurrent writers, clocks), so around the
     * instant an event a few milliseconds either side may fall on the other side of the token.
     */
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        long last = positions.lastAllocated();
        long low = 0;
        long high = last + 1; // "no event at or after the instant"
        while (low < high) {
            long mid = (low + high) >>> 1;
            Optional<Instant> at = timestampOfFirstWrittenFrom(mid, last);
            if (at.isEmpty() || !at.get().isBefore(dateTime)) high = mid;
            else low = mid + 1;
        }
        if (low > last) return createHeadToken();
        return low == 0 ? null : GapAwareTrackingToken.newInstance(low - 1, List.of());
    }

    private Optional<Instant> timestampOfFirstWrittenFrom(long position, long last) {
        Bson timestampOnly = Projections.include(TIMESTAMP);
        Document exact = events.find(eq(POSITION, position)).projection(timestampOnly).first();
        if (exact != null) return Optional.of(EventDocuments.timestamp(exact));
        for (long start = position + 1; start <= last; start += TIMESTAMP_PROBE_WINDOW) {
            List<Long> wanted = new ArrayList<>();
            for (long p = start; p <= Math.min(last, start + TIMESTAMP_PROBE_WINDOW - 1); p++) wanted.add(p);
            NavigableMap<Long, Document> found = byPositions(wanted, timestampOnly);
            if (!found.isEmpty()) return Optional.of(EventDocuments.timestamp(found.firstEntry().getValue()));
        }
        return Optional.empty();
    }

    // ---- snapshots ----

    /**
     * One snapshot per aggregate, replaced by a newer one. Snapshots may be taken concurrently and finish
     * out of order, so one older than the stored one is dropped rather than replacing it.
     */
    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        Document document = EventDocuments.toSnapshotDocument(snapshot, serializer);
        try {
            snapshots.replaceOne(and(eq(POSITION, snapshot.getAggregateIdentifier()), lte(SEQUENCE, snapshot.getSequenceNumber())),
                    document, new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            // The filter missed because a newer snapshot is stored, so the upsert collided with its _id.
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) throw e;
        }
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        Document snapshot = snapshots.find(eq(POSITION, aggregateIdentifier)).first();
        return snapshot == null ? Stream.empty() : Stream.of(EventDocuments.toEventData(snapshot));
    }

    /**
     * Builds the engine. A {@link #database} is required; set {@link #eventSerializer} and
     * {@link #snapshotSerializer} too, or Axon falls back to XStream. Defaults: collections {@code events},
     * {@code snapshots} and {@code event_counters}; a gap timeout of 60 s; a max gap offset of 10,000
     * positions (Axon's own default); a batch size of 100; duplicate stream keys reported as concurrency
     * conflicts.
     */
    public static class Builder extends BatchingEventStorageEngine.Builder {

        private MongoDatabase database;
        private String eventsCollection = "events";
        private String snapshotsCollection = "snapshots";
        private String countersCollection = "event_counters";
        private Duration gapTimeout = Duration.ofSeconds(60);
        private int maxGapOffset = 10_000;
        private Clock clock = Clock.systemUTC();

        protected Builder() {
            persistenceExceptionResolver(new DuplicateStreamKeyResolver());
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

        /**
         * How far behind the newest position read a gap is still waited for. Every gap waited for is asked
         * for on each read, so a large run of them costs each read that many lookups until they time out.
         */
        public Builder maxGapOffset(int maxGapOffset) {
            this.maxGapOffset = maxGapOffset;
            return this;
        }

        /** The clock for store times and gap ages; tests move it on. */
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
        public Builder snapshotFilter(SnapshotFilter snapshotFilter) {
            super.snapshotFilter(snapshotFilter);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        @Override
        protected void validate() throws AxonConfigurationException {
            super.validate();
            if (database == null) throw new AxonConfigurationException("A MongoDatabase is required");
            if (eventsCollection == null || snapshotsCollection == null || countersCollection == null) {
                throw new AxonConfigurationException("Collection names must not be null");
            }
            if (gapTimeout == null || gapTimeout.isNegative() || gapTimeout.isZero()) {
                throw new AxonConfigurationException("The gap timeout must be positive");
            }
            if (maxGapOffset < 0) throw new AxonConfigurationException("The max gap offset must not be negative");
            if (clock == null) throw new AxonConfigurationException("A clock is required");
        }

        public MongoPositionedEventStorageEngine build() {
            validate();
            return new MongoPositionedEventStorageEngine(this);
        }
    }
}
