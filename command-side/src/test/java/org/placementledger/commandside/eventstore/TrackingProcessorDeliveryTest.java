package org.placementledger.commandside.eventstore;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.placementledger.commandside.eventstore.StoreFixture.placement;

/**
 * The engine under Axon's own machinery: an {@link EmbeddedEventStore} feeding a {@link TrackingEventProcessor},
 * as the application relays events to Kafka.
 */
class TrackingProcessorDeliveryTest {

    private final StoreFixture store = new StoreFixture(new MemoryBackend(), 100, Clock.systemUTC());
    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(store.engine).build();
    private final List<TrackedEventMessage<?>> handled = new CopyOnWriteArrayList<>();
    private TrackingEventProcessor processor;

    @AfterEach
    void close() {
        if (processor != null) processor.shutDown();
        eventStore.shutDown();
        store.close();
    }

    private void startProcessor() {
        EventMessageHandler relay = event -> {
            handled.add((TrackedEventMessage<?>) event);
            return null;
        };
        processor = TrackingEventProcessor.builder()
                .name("relay")
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(relay).build())
                .messageSource(eventStore)
                .tokenStore(new InMemoryTokenStore())
                .transactionManager(NoTransactionManager.INSTANCE)
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(50))
                .build();
        processor.start();
    }

    private void awaitHandled(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (handled.size() < count && System.nanoTime() < deadline) Thread.sleep(20);
        Thread.sleep(1_500); // a little longer, for anything delivered twice to show
    }

    private static String childAndSequence(EventMessage<?> m) {
        DomainEventMessage<?> d = (DomainEventMessage<?>) m;
        return d.getAggregateIdentifier() + "#" + d.getSequenceNumber();
    }

    @Test
    void givenAProcessorRunningFromTheStart_whenChildrenAreRecordedOneAfterAnother_thenItHandlesEveryEventOnce_inPositionOrder() throws Exception {
        for (int i = 0; i < 120; i++) eventStore.publish(placement("TQ-" + (1000 + i % 9), i / 9));
        startProcessor();
        List<String> published = new ArrayList<>();
        for (int i = 120; i < 300; i++) {
            DomainEventMessage<PlacementRecorded> event = placement("TQ-" + (1000 + i % 9), i / 9);
            eventStore.publish(event);
            published.add(event.getIdentifier());
        }

        awaitHandled(300);

        assertThat(handled).hasSize(300);
        assertThat(handled).extracting(m -> m.trackingToken().position().getAsLong())
                .containsExactlyElementsOf(java.util.stream.LongStream.range(0, 300).boxed().toList());
        assertThat(handled.subList(120, 300)).extracting(EventMessage::getIdentifier).containsExactlyElementsOf(published);
    }

    @Test
    void givenRecordersWorkingAtOnce_andSomeLosingTheConcurrencyCheck_whenAProcessorFollows_thenEveryStoredEventIsHandledOnce_eachChildInOrder() throws Exception {
        startProcessor();
        int recorders = 4;
        int childrenEach = 5;
        int eventsEach = 30;
        AtomicInteger conflicts = new AtomicInteger();
        List<String> stored = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(recorders + 1);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int r = 0; r < recorders; r++) {
                int recorder = r;
                work.add(pool.submit(() -> {
                    for (int s = 0; s < eventsEach; s++) {
                        for (int c = 0; c < childrenEach; c++) {
                            DomainEventMessage<PlacementRecorded> event = placement("TQ-" + (4000 + recorder * childrenEach + c), s);
                            eventStore.publish(event);
                            stored.add(event.getIdentifier());
                        }
                    }
                }));
            }
            // A second recorder of the same children, always a step late: each of its appends loses and leaves
            // an empty position behind in the middle of the others' events.
            work.add(pool.submit(() -> {
                for (int i = 0; conflicts.get() < 40 && i < 100_000; i++) {
                    String child = "TQ-" + (4000 + i % (recorders * childrenEach));
                    java.util.Optional<Long> last = store.engine.lastSequenceNumberFor(child);
                    if (last.isEmpty()) continue;
                    try {
                        eventStore.publish(placement(child, last.get()));
                    } catch (ConcurrencyException | AggregateStreamCreationException lost) {
                        conflicts.incrementAndGet();
                    }
                }
            }));
            for (Future<?> w : work) w.get();
        } finally {
            pool.shutdownNow();
        }
        int expected = recorders * childrenEach * eventsEach;

        awaitHandled(expected);

        assertThat(conflicts.get()).as("appends that lost").isPositive();
        assertThat(stored).hasSize(expected);
        assertThat(handled).extracting(EventMessage::getIdentifier).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(stored);
        Map<String, List<Long>> sequencesByChild = new HashMap<>();
        for (TrackedEventMessage<?> m : handled) {
            DomainEventMessage<?> d = (DomainEventMessage<?>) m;
            sequencesByChild.computeIfAbsent(d.getAggregateIdentifier(), k -> new ArrayList<>()).add(d.getSequenceNumber());
        }
        assertThat(sequencesByChild).hasSize(recorders * childrenEach);
        sequencesByChild.forEach((child, sequences) ->
                assertThat(sequences).as(child).containsExactlyElementsOf(java.util.stream.LongStream.range(0, eventsEach).boxed().toList()));
        assertThat(handled).extracting(TrackingProcessorDeliveryTest::childAndSequence).doesNotHaveDuplicates();
    }
}
