package org.placementledger.projections.incare;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.apache.kafka.streams.state.Stores;
import org.placementledger.events.RecordedEvent;
import org.placementledger.projections.kafka.JsonSerde;
import org.placementledger.projections.kafka.TopicSpec;


/**
 * The projections' one model: each child's events, taken strictly in sequence, fold into the child's timeline
 * (the {@link #CHILD_TIMELINES} table), which is published on the compacted {@link #TIMELINES_TOPIC} and held whole
 * on every instance ({@link #ALL_TIMELINES}). Every figure, the live dashboard's and the point-in-time measures',
 * is computed from those timelines by the measures' one definition; the alerts hear of each new event.
 */
public final class TimelinesTopology {

    public static final String CHILD_TIMELINES = "child-timelines";
    private static final JsonSerde<EventBatch> BATCH = new JsonSerde<>(EventBatch.class);

    private TimelinesTopology() {
    }

    /** Every child's timeline, compacted: the source of the store every instance holds whole. */
    public static final String TIMELINES_TOPIC = "placement-timelines";
    /** The global store of every child's timeline, on every instance. */
    public static final String ALL_TIMELINES = "all-child-timelines";

    public static void addTo(StreamsBuilder builder) {
        addTo(builder, NewEventListener.NONE, (childId, timeline) -> { });
    }

    /**
     * @param changed     told once of each newly recorded event, on the instance that owns the child's partition
     * @param everyChild  told on every instance of every child's timeline as it changes, so that each instance
     *                    can compute figures over all children (the measures at any date); changes that arrive
     *                    within one commit are passed on as one
     */
    public static void addTo(StreamsBuilder builder, NewEventListener changed,
                             java.util.function.BiConsumer<String, ChildTimeline> everyChild) {
        addTo(builder, changed, everyChild, java.util.Map.of(), RebuildWatch.NONE);
    }

    /**
     * @param rebuildUntil per partition of the events topic, the end of the log when a rebuild began: each child's
     *                     events up to there are applied together (see {@link BatchingEvents}); empty outside a rebuild
     * @param watch        told as each partition's gathered events are applied, or dropped
     */
    public static void addTo(StreamsBuilder builder, NewEventListener changed,
                             java.util.function.BiConsumer<String, ChildTimeline> everyChild,
                             java.util.Map<Integer, Long> rebuildUntil, RebuildWatch watch) {
        TopicSpec<String, RecordedEvent> topic = TopicSpec.PLACEMENT_EVENTS;
        KStream<String, RecordedEvent> events = builder.stream(topic.name(), Consumed.with(topic.keySerde(), topic.valueSerde()));
        KStream<String, EventBatch> batches = events.processValues(() -> new BatchingEvents(rebuildUntil, watch));
        // Cached: the changes to a child within one commit interval leave as one. Without it, a backlog (a
        // restore, an import) would write a child's whole history out again for every event in it.
        KTable<String, ChildTimeline> timelinesTable = batches
                .groupByKey(Grouped.with(topic.keySerde(), BATCH))
                .aggregate(ChildTimeline::empty, (childId, batch, timeline) -> JustApplied.remember(childId, timeline.applyAll(batch.events())),
                        Materialized.<String, ChildTimeline, KeyValueStore<Bytes, byte[]>>as(CHILD_TIMELINES)
                                .withKeySerde(Serdes.String()).withValueSerde(new JsonSerde<>(ChildTimeline.class))
                                .withCachingEnabled());
        // Added after the aggregate, so each event reaches it once the aggregate has folded that event in.
        batches.processValues(() -> new EachEvent(changed), CHILD_TIMELINES);

        JsonSerde<ChildTimeline> timelineSerde = new JsonSerde<>(ChildTimeline.class);
        timelinesTable.toStream().to(TIMELINES_TOPIC, Produced.with(Serdes.String(), timelineSerde));
        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ALL_TIMELINES), Serdes.String(), timelineSerde).withLoggingDisabled(),
                TIMELINES_TOPIC, Consumed.with(Serdes.String(), timelineSerde),
                () -> new EveryChild(everyChild));
    }

    /**
     * Tells the listener of each event, with the child's timeline as that event left it (the timeline up to it),
     * to read if it needs to.
     */
    private static final class EachEvent implements FixedKeyProcessor<String, EventBatch, Void> {
        private final NewEventListener listener;
        private TimestampedKeyValueStore<String, ChildTimeline> timelines;

        EachEvent(NewEventListener listener) {
            this.listener = listener;
        }

        /** Events of whole records told since the listener last wrote out. */
        private int unflushed;

        @Override
        public void init(FixedKeyProcessorContext<String, Void> context) {
            timelines = context.getStateStore(CHILD_TIMELINES);
            context.schedule(java.time.Duration.ofMillis(200), org.apache.kafka.streams.processor.PunctuationType.WALL_CLOCK_TIME, now -> flushInBackground());
        }

        private void flushInBackground() {
            if (unflushed == 0) return;
            unflushed = 0;
            listener.flushInBackground();
        }

        @Override
        public void process(FixedKeyRecord<String, EventBatch> record) {
            EventBatch batch = record.value();
            if (batch == null) return;
            ChildTimeline[] stored = new ChildTimeline[1];
            boolean one = batch.events().size() == 1;
            long seen = Long.MIN_VALUE;
            for (RecordedEvent event : batch.events()) {
                // A repeat within a batch is the repeat of an event just applied: it raises nothing.
                if (event.sequence() <= seen) continue;
                seen = event.sequence();
                listener.on(event, () -> {
                    if (stored[0] == null) stored[0] = JustApplied.recall(record.key());
                    if (stored[0] == null) {
                        ValueAndTimestamp<ChildTimeline> timeline = timelines.get(record.key());
                        if (timeline == null) return null;
                        stored[0] = timeline.value();
                    }
                    // One event: the timeline as it stands, which has moved past the event when it is a repeat.
                    return one ? stored[0] : stored[0].upTo(event.sequence());
                });
            }
            // An event that arrives alone is written out at once, as it always was; a rebuild's in bulk, in the background.
            if (one) {
                listener.flush();
                return;
            }
            unflushed += batch.events().size();
            if (unflushed >= 2_000) flushInBackground();
        }
    }

    /**
     * The timeline the aggregate has just made, on this stream thread: the per-event listener runs on the same
     * record straight after the aggregate (Kafka Streams passes a record down the topology depth first), so it
     * can take the timeline as made instead of reading the child's whole history back from the store.
     */
    private static final class JustApplied {
        private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[2]);

        static ChildTimeline remember(String childId, ChildTimeline timeline) {
            Object[] last = LAST.get();
            last[0] = childId;
            last[1] = timeline;
            return timeline;
        }

        static ChildTimeline recall(String childId) {
            Object[] last = LAST.get();
            return childId != null && childId.equals(last[0]) ? (ChildTimeline) last[1] : null;
        }
    }

    /** Keeps the global store and tells the listener; runs on every instance for every child. */
    private static final class EveryChild implements Processor<String, ChildTimeline, Void, Void> {
        private final java.util.function.BiConsumer<String, ChildTimeline> listener;
        private KeyValueStore<String, ChildTimeline> store;

        EveryChild(java.util.function.BiConsumer<String, ChildTimeline> listener) {
            this.listener = listener;
        }

        @Override
        public void init(ProcessorContext<Void, Void> context) {
            store = context.getStateStore(ALL_TIMELINES);
        }

        @Override
        public void process(Record<String, ChildTimeline> record) {
            ChildTimeline timeline = record.value();
            if (timeline != null && erased(timeline)) timeline = withoutKey(record.key(), timeline);
            if (timeline == null) store.delete(record.key());
            else store.put(record.key(), timeline);
            listener.accept(record.key(), timeline);
        }

        private static boolean erased(ChildTimeline timeline) {
            for (RecordedEvent e : timeline.events()) if (e.event() instanceof org.placementledger.events.PersonalDataErased) return true;
            return false;
        }

        /**
         * This instance may still hold the key of a child erased on another: it is looked up again, and the timeline
         * read again without it, so no instance keeps the erased data in memory.
         */
        private static ChildTimeline withoutKey(String childId, ChildTimeline timeline) {
            return org.placementledger.events.privacy.PersonalDataSeal.installed()
                    .map(seal -> seal.readAgain(childId, timeline, ChildTimeline.class))
                    .orElse(timeline);
        }
    }
}
