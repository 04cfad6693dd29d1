package org.placementledger.infra.faults;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Takes new children into care from background threads at a steady rate, as recorders at their desks would, and keeps
 * every outcome: what the API acknowledged is what the figures owe; what it refused must say so; what got no answer
 * at all (the application was killed under the request) may or may not have been stored, and is checked against the store.
 */
final class Recorder implements AutoCloseable {

    /** A 2xx answer: the child, the event and the child's sequence after it. */
    record Acknowledged(String childId, String eventId, long sequence) {
    }

    /** A non-2xx answer, kept whole. */
    record Refused(String childId, int status, String body) {
    }

    private final String prefix;
    private final Supplier<LedgerClient> client;
    private final long pauseNanos;
    private final int threads;
    private final String startDate = LocalDate.now().minusMonths(2).toString();
    private final AtomicInteger next = new AtomicInteger();
    private final Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
    private final List<Refused> refused = new CopyOnWriteArrayList<>();
    private final Set<String> unanswered = ConcurrentHashMap.newKeySet();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running;

    /**
     * @param client where to send, asked for each request (a scenario may point the recorder at another instance)
     * @param perSecond requests a second over all threads; 0 for as fast as they answer
     */
    Recorder(String prefix, Supplier<LedgerClient> client, double perSecond, int threads) {
        this.prefix = prefix;
        this.client = client;
        this.threads = threads;
        this.pauseNanos = perSecond <= 0 ? 0 : (long) (threads * 1_000_000_000L / perSecond);
    }

    Recorder start() {
        running = true;
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(this::loop, prefix + "-recorder-" + i);
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
        return this;
    }

    private void loop() {
        long due = System.nanoTime();
        while (running) {
            recordOne();
            due += pauseNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) sleepNanos(wait);
            else due = System.nanoTime();
        }
    }

    /** One child into care now, on the calling thread. */
    void recordOne() {
        String childId = prefix + "-" + next.getAndIncrement();
        LedgerClient.Response answer = client.get().post("/api/children/" + childId + "/care", startCare(startDate));
        if (!answer.answered()) {
            unanswered.add(childId);
        } else if (answer.ok()) {
            var json = answer.json();
            acknowledged.put(childId, new Acknowledged(json.path("childId").asText(), json.path("eventId").asText(), json.path("sequence").asLong()));
        } else {
            refused.add(new Refused(childId, answer.status(), answer.body()));
        }
    }

    /** Stops the threads after their request in flight. */
    void stop() {
        running = false;
        for (Thread t : workers) {
            try {
                t.join(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.clear();
    }

    Map<String, Acknowledged> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    List<Refused> refused() {
        return List.copyOf(refused);
    }

    Set<String> unanswered() {
        return Set.copyOf(unanswered);
    }

    int sent() {
        return next.get();
    }

    /** Refusals the zero-loss promise allows: a 503 problem while a dependency is down says plainly nothing was taken. */
    List<Refused> unacceptableRefusals() {
        return refused.stream().filter(r -> !(r.status() == 503 && r.body() != null && r.body().contains("\"status\":503"))).toList();
    }

    String summary() {
        return String.format("%d sent, %d acknowledged, %d refused (%d of them 503), %d unanswered", sent(), acknowledged.size(), refused.size(),
                refused.stream().filter(r -> r.status() == 503).count(), unanswered.size());
    }

    static String startCare(String startDate) {
        return """
                {"startDate": "%s", "dateOfBirth": "2015-06-02", "sex": "F", "homePostcode": "TQ2 5QE",
                 "legalStatus": "C2", "categoryOfNeed": "N1",
                 "placement": {"type": "U6", "provider": "PR4", "urn": "SC484322", "postcode": "TQ1 3AB", "weeklyCost": 965.00}}
                """.formatted(startDate);
    }

    private static void sleepNanos(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
