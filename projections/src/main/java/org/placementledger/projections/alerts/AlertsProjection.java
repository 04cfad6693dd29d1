package org.placementledger.projections.alerts;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.placementledger.events.CareFact;
import org.placementledger.events.RecordedEvent;
import org.placementledger.events.history.CareTimeline;
import org.placementledger.measures.alerts.Alert;
import org.placementledger.measures.alerts.AlertKind;
import org.placementledger.measures.alerts.AlertRules;
import org.placementledger.projections.incare.ChildTimeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;

import static com.mongodb.client.model.Filters.eq;

/**
 * Raises the alerts of each newly recorded fact as it reaches the child's timeline, into the {@code alerts}
 * collection. An alert's id is its event and kind, so a repeated delivery writes the same alert again.
 */
public final class AlertsProjection implements org.placementledger.projections.incare.NewEventListener {

    public static final String COLLECTION = "alerts";

    private final AlertRules rules;
    private final MongoCollection<Document> alerts;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AlertsProjection.class);
    /** Bulk writes the background writer may be behind before the stream waits for it. */
    private static final int WRITES_AHEAD = 4;
    private final java.util.concurrent.Semaphore writing = new java.util.concurrent.Semaphore(WRITES_AHEAD);
    private final java.util.concurrent.ExecutorService writer = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "alerts-writer");
        t.setDaemon(true);
        return t;
    });
    /** While a rebuild runs, the ids of the alerts stored when it began. */
    private volatile java.util.Set<Object> stored;
    /** Alerts raised and not yet written: written at each {@link #flush}, in one bulk write. */
    private final List<ReplaceOneModel<Document>> pending = new ArrayList<>();

    public AlertsProjection(AlertRules rules, MongoDatabase database) {
        this.rules = rules;
        this.alerts = database.getCollection(COLLECTION);
    }

    /** An event newly on the child's timeline; a repeat of an older one (the timeline has moved past it) raises nothing. */
    @Override
    public void on(RecordedEvent event, Supplier<ChildTimeline> timelineWithIt) {
        if (!(event.event() instanceof CareFact fact) || !rules.mayRaise(fact)) return;
        ChildTimeline timeline = timelineWithIt.get();
        if (timeline == null || timeline.lastSequence() != event.sequence()) return;
        String childId = event.childId();
        CareTimeline careTimeline = CareTimeline.of(childId, timeline.history());
        for (Alert alert : rules.raisedBy(fact, event.eventId(), event.recordedAt(), careTimeline)) {
            Document document = new Document("_id", alert.id())
                    .append("kind", alert.kind().name())
                    .append("childId", alert.childId())
                    .append("eventId", alert.eventId())
                    .append("effectiveDate", alert.effectiveDate().toString())
                    .append("raisedAt", Date.from(alert.raisedAt()))
                    .append("message", alert.message());
            synchronized (pending) {
                pending.add(new ReplaceOneModel<>(eq("_id", alert.id()), document, new ReplaceOptions().upsert(true)));
            }
        }
    }

    @Override
    public void flush() {
        List<ReplaceOneModel<Document>> writes = takePending();
        if (!writes.isEmpty()) alerts.bulkWrite(writes);
    }

    /** The alerts raised and not yet handed over for writing, leaving none. */
    private List<ReplaceOneModel<Document>> takePending() {
        synchronized (pending) {
            List<ReplaceOneModel<Document>> writes = new ArrayList<>(pending);
            pending.clear();
            return writes;
        }
    }

    /**
     * Hands the alerts raised so far to the writer thread, waiting only while it is several bulk writes behind:
     * a rebuild raising the alerts of years of records goes on folding children while they are written.
     */
    @Override
    public void flushInBackground() {
        List<ReplaceOneModel<Document>> writes = takePending();
        if (writes.isEmpty()) return;
        try {
            writing.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            alerts.bulkWrite(writes);
            return;
        }
        writer.execute(() -> {
            try {
                writeMissing(writes);
            } catch (RuntimeException e) {
                log.error("Could not write {} alerts; a rebuild raises them again", writes.size(), e);
            } finally {
                writing.release();
            }
        });
    }

    /**
     * Writes the alerts not already stored. A rebuild raises every alert of the record again, and the alerts
     * raised when the events first arrived are still there (they are never taken away): looking up which are
     * there costs far less than writing them all again.
     */
    private void writeMissing(List<ReplaceOneModel<Document>> writes) {
        java.util.Set<Object> known = stored;
        if (known == null) {
            List<Object> ids = new ArrayList<>(writes.size());
            for (ReplaceOneModel<Document> write : writes) ids.add(write.getReplacement().get("_id"));
            known = new java.util.HashSet<>();
            for (Document d : alerts.find(com.mongodb.client.model.Filters.in("_id", ids)).projection(new Document("_id", 1))) known.add(d.get("_id"));
        }
        List<ReplaceOneModel<Document>> missing = new ArrayList<>();
        for (ReplaceOneModel<Document> write : writes) if (!known.contains(write.getReplacement().get("_id"))) missing.add(write);
        if (!missing.isEmpty()) alerts.bulkWrite(missing);
    }

    /**
     * Reads the ids of every stored alert once, so that a rebuild raising every alert of the record again tells
     * the ones already there without asking MongoDB for each batch; {@link #rebuilt} lets them go.
     */
    public void rebuilding() {
        java.util.Set<Object> ids = new java.util.HashSet<>();
        for (Document d : alerts.find().projection(new Document("_id", 1))) ids.add(d.get("_id"));
        stored = java.util.Collections.unmodifiableSet(ids);
    }

    public void rebuilt() {
        stored = null;
    }

    @Override
    public void awaitWritten() throws InterruptedException {
        flushInBackground();
        writing.acquire(WRITES_AHEAD);
        writing.release(WRITES_AHEAD);
    }

    /** The newest alerts first. */
    public List<Alert> latest(int limit) {
        List<Alert> out = new ArrayList<>();
        for (Document d : alerts.find().sort(Sorts.descending("raisedAt")).limit(limit)) {
            out.add(new Alert(d.getString("_id"), AlertKind.valueOf(d.getString("kind")), d.getString("childId"), d.getString("eventId"),
                    LocalDate.parse(d.getString("effectiveDate")), d.getDate("raisedAt").toInstant(), d.getString("message")));
        }
        return out;
    }
}
