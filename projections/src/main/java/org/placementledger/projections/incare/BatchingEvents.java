package org.placementledger.projections.incare;

import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.placementledger.events.RecordedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Passes each event on as a batch of one; while the projections are rebuilt, gathers each child's events up to
 * the end of the log as it stood when the rebuild began and passes them on together, so a child's timeline is
 * read, folded and written once rather than once for every event in it (which made a rebuild cost the square
 * of a child's history).
 * <p>
 * Once the end is reached (or {@link #MAX_GATHERED} events are held, to bound memory, or nothing has arrived
 * for {@link #IDLE} since the last event gathered), the gathered children go on {@link #DRAIN_AT_ONCE} at a time
 * between commits, so that no transaction outgrows its timeout. Meanwhile a new event of a child still waiting
 * joins its batch (a child's events stay in order); any other passes alone, as every event does afterwards.
 * <p>
 * What is gathered lives only in memory while Kafka Streams commits its place in the log, so a rebuild cut
 * short leaves the projections short: the rebuild is recorded as under way until every partition has said it
 * is {@linkplain RebuildWatch#applied applied}, an application that starts while one is recorded starts it
 * again, and a processor that closes holding gathered events (a shutdown, or partitions moving to another
 * instance) says so, so that the rebuild starts again.
 */
final class BatchingEvents implements FixedKeyProcessor<String, RecordedEvent, EventBatch> {

    private static final Logger log = LoggerFactory.getLogger(BatchingEvents.class);

    static final int MAX_GATHERED = 2_000_000;
    /** Counted from the first event gathered: before it, the partition's records are still on their way. */
    static final Duration IDLE = Duration.ofSeconds(60);
    static final int DRAIN_AT_ONCE = 500;
    static final Duration DRAIN_EVERY = Duration.ofMillis(20);

    private enum Mode { GATHERING, DRAINING, PASSING }

    /** Per partition of the events topic, the end offset of the log when the rebuild began; empty outside a rebuild. */
    private final Map<Integer, Long> rebuildUntil;
    private final RebuildWatch watch;
    private FixedKeyProcessorContext<String, EventBatch> context;
    private int partition;
    private Mode mode = Mode.PASSING;
    private long until;
    private final LinkedHashMap<String, Gathered> gathered = new LinkedHashMap<>();
    private int held;
    /** When the last event was gathered (the context's wall clock), -1 before the first. */
    private long lastArrival = -1;

    /** A child's gathered events, with its first record: the one a batch goes on as (its key is the child's). */
    private record Gathered(FixedKeyRecord<String, RecordedEvent> first, List<RecordedEvent> events) {
    }

    BatchingEvents(Map<Integer, Long> rebuildUntil, RebuildWatch watch) {
        this.rebuildUntil = rebuildUntil;
        this.watch = watch;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, EventBatch> context) {
        this.context = context;
        this.partition = context.taskId().partition();
        Long end = rebuildUntil.get(partition);
        if (end == null || end <= 0) return;
        mode = Mode.GATHERING;
        until = end;
        context.schedule(DRAIN_EVERY, PunctuationType.WALL_CLOCK_TIME, this::onClock);
    }

    @Override
    public void process(FixedKeyRecord<String, RecordedEvent> record) {
        if (record.value() == null) return;
        if (mode == Mode.PASSING) {
            context.forward(record.withValue(EventBatch.of(record.value())));
            return;
        }
        Gathered waiting = gathered.get(record.key());
        if (mode == Mode.DRAINING) {
            if (waiting != null) waiting.events().add(record.value());
            else {
                context.forward(record.withValue(EventBatch.of(record.value())));
                watch.appliedEvents(partition, 1);
            }
            return;
        }
        lastArrival = context.currentSystemTimeMs();
        if (waiting == null) gathered.put(record.key(), waiting = new Gathered(record, new ArrayList<>()));
        waiting.events().add(record.value());
        held++;
        long offset = context.recordMetadata().map(RecordMetadata::offset).orElse(-1L);
        if (offset >= until - 1) startDraining("reached the end of the log as it stood when the rebuild began");
        else if (held >= MAX_GATHERED) startDraining("held as many events as it may");
    }

    private void onClock(long nowMillis) {
        if (mode == Mode.GATHERING && lastArrival >= 0 && nowMillis - lastArrival > IDLE.toMillis()) startDraining("nothing more arrived");
        if (mode == Mode.DRAINING) drainSome();
    }

    private void startDraining(String why) {
        log.info("Rebuild of partition {}: {} events of {} children gathered; {}", partition, held, gathered.size(), why);
        mode = Mode.DRAINING;
        drainSome();
    }

    private void drainSome() {
        Iterator<Gathered> waiting = gathered.values().iterator();
        int events = 0;
        for (int n = 0; n < DRAIN_AT_ONCE && waiting.hasNext(); n++) {
            Gathered g = waiting.next();
            waiting.remove();
            // Forwarded in this thread: the child's timeline has folded these events in when forward returns.
            context.forward(g.first().withValue(new EventBatch(g.events())));
            events += g.events().size();
        }
        watch.appliedEvents(partition, events);
        if (gathered.isEmpty()) {
            mode = Mode.PASSING;
            log.info("Rebuild of partition {}: every gathered event applied", partition);
            watch.applied(partition);
        }
    }

    @Override
    public void close() {
        if (!gathered.isEmpty()) {
            log.warn("Projections of partition {} closed during a rebuild with {} children's events gathered: the rebuild must start again",
                    partition, gathered.size());
            watch.gatheredLost(partition);
        }
    }
}
