package org.placementledger.queryside.reports;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import org.bson.Document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/** Saved reports in MongoDB, one document each, keyed by name; a name is taken once. */
public final class SavedReports {

    public static final String COLLECTION = "saved_reports";

    private final MongoCollection<Document> reports;

    public SavedReports(MongoDatabase database) {
        this.reports = database.getCollection(COLLECTION);
    }

    /** Saves a report; false when a report of that name exists already (nothing is replaced). */
    public boolean save(SavedReport report) {
        try {
            reports.insertOne(new Document("_id", report.name())
                    .append("asAt", report.asAt().toString())
                    .append("asKnownAt", Date.from(report.asKnownAt()))
                    .append("from", report.from() == null ? null : report.from().toString())
                    .append("to", report.to() == null ? null : report.to().toString())
                    .append("fingerprint", report.fingerprint())
                    .append("savedAt", Date.from(report.savedAt()))
                    .append("savedBy", report.savedBy())
                    .append("figures", report.figures()));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) return false;
            throw e;
        }
    }

    public Optional<SavedReport> find(String name) {
        Document d = reports.find(new Document("_id", name)).first();
        return Optional.ofNullable(d).map(SavedReports::read);
    }

    public List<SavedReport> all() {
        List<SavedReport> out = new ArrayList<>();
        for (Document d : reports.find().sort(Sorts.ascending("savedAt"))) out.add(read(d));
        return out;
    }

    private static SavedReport read(Document d) {
        return new SavedReport(d.getString("_id"), LocalDate.parse(d.getString("asAt")), d.getDate("asKnownAt").toInstant(),
                date(d.getString("from")), date(d.getString("to")), d.getString("fingerprint"),
                d.getDate("savedAt").toInstant(), d.getString("savedBy"), d.getString("figures"));
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }
}
