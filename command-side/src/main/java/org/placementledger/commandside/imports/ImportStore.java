package org.placementledger.commandside.imports;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.placementledger.commandside.ssda903.Problem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where imports are kept: one document per import with its progress and outcome ({@code imports}), and every
 * problem found ({@code import_problems}), written in batches as they come so a return with many problems is
 * never held whole in memory.
 */
public final class ImportStore {

    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    private final MongoCollection<Document> imports;
    private final MongoCollection<Document> problems;

    /**
     * @param problemsIndex whether to index the problems for their report's order; the embedded server keeps
     *                      no index that is not unique (it says so at every start), so it is asked only of a MongoDB
     */
    public ImportStore(MongoDatabase database, boolean problemsIndex) {
        this.imports = database.getCollection("imports");
        this.problems = database.getCollection("import_problems");
        if (problemsIndex) problems.createIndex(Indexes.ascending("importId", "file", "line", "seq"));
    }

    void started(String id, ImportRequest request, Instant at) {
        Document files = new Document("episodes", request.names().episodes()).append("header", request.names().header());
        if (request.uasc() != null) files.append("uasc", request.names().uasc());
        if (request.costs() != null) files.append("costs", request.names().costs());
        request.others().keySet().forEach(f -> files.append(f.part(), request.names().nameOf(f)));
        imports.insertOne(new Document("_id", id).append("status", RUNNING).append("collectionYearEnding", request.endYear())
                .append("files", files).append("requestedBy", request.requester()).append("startedAt", Date.from(at)));
    }

    void progress(String id, ImportProgress p, Instant now) {
        imports.updateOne(Filters.eq("_id", id), Updates.set("progress", progressDocument(p, now)));
    }

    void finished(String id, ImportProgress p, Instant now) {
        imports.updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("status", DONE), Updates.set("finishedAt", Date.from(now)),
                Updates.set("progress", progressDocument(p, now))));
    }

    void failed(String id, ImportProgress p, Instant now, String reason, String file, long line) {
        Document failure = new Document("reason", reason);
        if (file != null) failure.append("file", file).append("line", line);
        imports.updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("status", FAILED), Updates.set("finishedAt", Date.from(now)),
                Updates.set("failure", failure), Updates.set("progress", progressDocument(p, now))));
    }

    /** Imports that were running when the application stopped: they stopped with it. */
    public void failInterrupted(Instant now) {
        imports.updateMany(Filters.eq("status", RUNNING), Updates.combine(Updates.set("status", FAILED),
                Updates.set("finishedAt", Date.from(now)), Updates.set("failure", new Document("reason",
                        "the application stopped during the import; import the same files again: what was recorded is not recorded twice"))));
    }

    void addProblems(String id, long firstSeq, List<Problem> batch) {
        if (batch.isEmpty()) return;
        List<Document> docs = new ArrayList<>(batch.size());
        long seq = firstSeq;
        for (Problem p : batch) {
            docs.add(new Document("importId", id).append("seq", seq++).append("file", p.file()).append("line", p.line())
                    .append("child", p.child()).append("rule", p.rule()).append("severity", p.severity().name()).append("message", p.message()));
        }
        problems.insertMany(docs);
    }

    public Document find(String id) {
        return imports.find(Filters.eq("_id", id)).first();
    }

    /** Every problem of an import, in file and line order. */
    public void forEachProblem(String id, Consumer<Problem> each) {
        for (Document d : problems.find(Filters.eq("importId", id)).sort(Sorts.ascending("file", "line", "seq"))) {
            each.accept(new Problem(d.getString("file"), d.get("line", Number.class).longValue(), d.getString("child"), d.getString("rule"),
                    Problem.Severity.valueOf(d.getString("severity")), d.getString("message")));
        }
    }

    /** The report as CSV: file, line, child, rule, severity, message, in file and line order. */
    public void writeProblemsCsv(String id, java.io.Writer out) throws java.io.IOException {
        out.write(org.placementledger.events.ssda903.CsvReader.line(List.of("file", "line", "child", "rule", "severity", "message")));
        try {
            forEachProblem(id, p -> {
                try {
                    out.write(org.placementledger.events.ssda903.CsvReader.line(List.of(p.file(), Long.toString(p.line()), p.child(), p.rule(),
                            p.severity().name(), p.message())));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    private static Document progressDocument(ImportProgress p, Instant now) {
        Long left = p.secondsLeft(now);
        return new Document("rows", new Document("total", p.rowsTotal.get()).append("done", p.rowsDone.get()))
                .append("children", new Document("done", p.childrenDone.get())
                        .append("recorded", p.childrenRecorded.get()).append("unchanged", p.childrenUnchanged.get())
                        .append("rejected", p.childrenRejected.get()))
                .append("eventsRecorded", p.events.get())
                .append("problems", new Document("errors", p.errors.get()).append("warnings", p.warnings.get()))
                .append("rowsPerSecond", Math.round(p.rate(now)))
                .append("secondsLeft", left);
    }
}
