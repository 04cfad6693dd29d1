package org.placementledger.infra.security;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The record of reads of children's data: every view of a history, every export, every saved report run
 * (who, when, what, and how it was answered). Written before the read is served; a read that cannot be
 * recorded is not served.
 */
public final class ReadAudit {

    private final MongoCollection<Document> reads;
    private final Clock clock;
    /** Since start, for the metrics: reads recorded, and reads refused because they could not be recorded. */
    private final java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong failed = new java.util.concurrent.atomic.AtomicLong();

    public ReadAudit(MongoDatabase database, Clock clock) {
        this.reads = database.getCollection("read_audit");
        this.clock = clock;
    }

    /** A read about to be served; returns its id, for its outcome. */
    public ObjectId begin(String user, List<String> roles, String action, String method, String path, String query, String childId) {
        ObjectId id = new ObjectId();
        try {
            reads.insertOne(new Document("_id", id)
                    .append("at", Date.from(clock.instant()))
                    .append("user", user)
                    .append("roles", roles)
                    .append("action", action)
                    .append("method", method)
                    .append("path", path)
                    .append("query", query)
                    .append("childId", childId));
        } catch (RuntimeException e) {
            failed.incrementAndGet();
            throw e;
        }
        written.incrementAndGet();
        return id;
    }

    /** Reads recorded since start. */
    public long written() {
        return written.get();
    }

    /** Reads that could not be recorded since start, each refused. */
    public long failed() {
        return failed.get();
    }

    public void outcome(ObjectId id, int status) {
        reads.updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("status", status), Updates.set("completedAt", Date.from(clock.instant()))));
    }

    public record Read(String id, Instant at, String user, List<String> roles, String action, String method, String path, String query,
                       String childId, Integer status) {
    }

    /** Newest first, filtered by any of user, child, action and a period of time. */
    public List<Read> find(String user, String childId, String action, Instant from, Instant to, int limit) {
        List<Bson> filters = new ArrayList<>();
        if (user != null) filters.add(Filters.eq("user", user));
        if (childId != null) filters.add(Filters.eq("childId", childId));
        if (action != null) filters.add(Filters.eq("action", action));
        if (from != null) filters.add(Filters.gte("at", Date.from(from)));
        if (to != null) filters.add(Filters.lt("at", Date.from(to)));
        List<Read> out = new ArrayList<>();
        for (Document d : reads.find(filters.isEmpty() ? new Document() : Filters.and(filters)).sort(Sorts.descending("_id")).limit(limit)) {
            out.add(new Read(d.getObjectId("_id").toHexString(), d.getDate("at").toInstant(), d.getString("user"), d.getList("roles", String.class),
                    d.getString("action"), d.getString("method"), d.getString("path"), d.getString("query"), d.getString("childId"),
                    d.getInteger("status")));
        }
        return out;
    }

    /** What a read was of: the values of {@code action}, in the record and in a query of it. */
    static final String CHILD_HISTORY = "child-history";
    static final String EXPORT = "export";
    static final String REPORT_VIEW = "report-view";
    static final String REPORT_RUN = "report-run";
    static final String IMPORT_REPORT = "import-report";
    static final String MEASURE_MEMBERS = "measure-members";
    static final java.util.SortedSet<String> ACTIONS = java.util.Collections.unmodifiableSortedSet(
            new java.util.TreeSet<>(List.of(CHILD_HISTORY, EXPORT, REPORT_VIEW, REPORT_RUN, IMPORT_REPORT, MEASURE_MEMBERS)));
}
