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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Passes each event on as a batch of one; while the projections are rebuilt, gathers each child's events up to
 * the end of the log as it stood when the rebuild began and passes them on together, so a child's timeline is
 * read, folded and written once rather than once for every event in it (which made a rebuild cost the square
 * of a child's history). From the end of the log on, events pass one by one again.
 * <p>
 * What is gathered lives only in memory while Kafka Streams commits its place in the log, so a rebuild cut
 * short leaves the projections short: the rebuild is recorded as under way until it ends, an application that
 * starts while one is recorded starts it again, and a processor that closes holding gathered events (a
 * shutdown, or partitions moving to another instance) says so, so that the rebuild starts again. Gathering stops and everything gathered goes
 * on when {@link #MAX_GATHERED} events are held (memory stays bounded; the timelines take the rest on top), or
 * when nothing has arrived for {@link #IDLE} since the last event gathered (the end of the log was not seen, say).
 */
final class BatchingEvents implements FixedKeyProcessor<String, RecordedEvent, EventBatch> {

    private static final Logger log = LoggerFactory.getLogger(BatchingEvents.class);

    static final int MAX_GATHERED = 2_000_000;
    /** Counted from the first event gathered: before it, the partition's records are still on their way. */
    static final Duration IDLE = Duration.ofSeconds(10);

    /** Per partition of the events topic, the end offset of the log when the rebuild began; empty outside a rebuild. */
    private final Map<Integer, Long> rebuildUntil;
    private final Runnable gatheredLost;
    private FixedKeyProcessorContext<String, EventBatch> context;
    private boolean gathering;
    private long until;
    private final Map<String, Gathered> gathered = new HashMap<>();
    private int held;
    /** When the last event was gathered (the context's wall clock), -1 before the first. */
    private long lastArrival = -1;

    /** A child's gathered events, with its first record: the one a batch goes on as (its key is the child's). */
    private record Gathered(FixedKeyRecord<String, RecordedEvent> first, List<RecordedEvent> events) {
    }

    /** @param gatheredLost told when the processor closes holding gathered events (a shutdown or a rebalance mid-rebuild) */
    BatchingEvents(Map<Integer, Long> rebuildUntil, Runnable gatheredLost) {
        this.rebuildUntil = rebuildUntil;
        this.gatheredLost = gatheredLost;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, EventBatch> context) {
        this.context = context;
        Long end = rebuildUntil.get(context.taskId().partition());
        gathering = end != null && end > 0;
        until = end == null ? 0 : end;
        if (gathering) context.schedule(Duration.ofMillis(500), PunctuationType.WALL_CLOCK_TIME, this::passOnIfIdle);
    }

    @Override
    public void process(FixedKeyRecord<String, RecordedEvent> record) {
        if (record.value() == null) return;
        if (!gathering) {
            context.forward(record.withValue(EventBatch.of(record.value())));
            return;
        }
        lastArrival = context.currentSystemTimeMs();
        gathered.computeIfAbsent(record.key(), k -> new Gathered(record, new ArrayList<>())).events().add(record.value());
        held++;
        long offset = context.recordMetadata().map(RecordMetadata::offset).orElse(-1L);
        if (offset >= until - 1) stopGathering("reached the end of the log as it stood when the rebuild began");
        else if (held >= MAX_GATHERED) passOnGathered();
    }

    private void passOnIfIdle(long nowMillis) {
        if (gathering && lastArrival >= 0 && nowMillis - lastArrival > IDLE.toMillis()) stopGathering("nothing more arrived");
    }

    private void stopGathering(String why) {
        log.info("Rebuild of partition {}: {} events of {} children gathered; {}", context.taskId().partition(), held, gathered.size(), why);
        passOnGathered();
        gathering = false;
    }

    private void passOnGathered() {
        for (Gathered g : gathered.values()) context.forward(g.first().withValue(new EventBatch(g.events())));
        gathered.clear();
        held = 0;
    }

    @Override
    public void close() {
        if (!gathered.isEmpty()) {
            log.warn("Projections closed during a rebuild with {} children's events gathered: the rebuild must start again", gathered.size());
            gatheredLost.run();
        }
    }
}
