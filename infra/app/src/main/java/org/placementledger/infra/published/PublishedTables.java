package org.placementledger.infra.published;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.placementledger.measures.published.PublishedFigures;
import org.placementledger.measures.published.PublishedReader;
import org.placementledger.measures.published.PublishedTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.StringReader;
import java.time.Instant;
import java.util.Date;

/**
 * The tables an administrator loaded, kept in MongoDB ({@code published_tables}, one document a table holding its
 * text) so that every instance, and every start, reads the same release.
 */
public final class PublishedTables {

    private static final Logger log = LoggerFactory.getLogger(PublishedTables.class);
    static final String COLLECTION = "published_tables";

    private final MongoCollection<Document> tables;

    PublishedTables(MongoDatabase database) {
        this.tables = database.getCollection(COLLECTION);
    }

    /** The shipped release with every table loaded since over it. */
    PublishedFigures loadAll() {
        PublishedFigures figures = PublishedFigures.shipped();
        for (Document stored : tables.find()) {
            PublishedTable table = PublishedTable.named(stored.getString("_id"));
            if (table == null) continue;
            PublishedReader.Result read = PublishedReader.read(table, new StringReader(stored.getString("text")));
            if (!read.ok()) {
                // It was checked when loaded; a table that no longer reads (a newer rule) leaves the shipped one in use.
                log.error("The published table {} loaded on {} no longer reads ({}); the shipped one is used", table.fileName(),
                        stored.get("loadedAt"), read.problems().get(0));
                continue;
            }
            figures = figures.with(read.data());
            log.info("Published table {} as loaded on {} by {}", table.fileName(), stored.get("loadedAt"), stored.get("loadedBy"));
        }
        return figures;
    }

    void store(PublishedTable table, String text, String by, Instant at) {
        tables.replaceOne(new Document("_id", table.urlName()), new Document("_id", table.urlName()).append("text", text)
                .append("fileName", table.fileName()).append("loadedBy", by).append("loadedAt", Date.from(at)), new ReplaceOptions().upsert(true));
    }

    Document stored(PublishedTable table) {
        return tables.find(new Document("_id", table.urlName())).projection(new Document("text", 0)).first();
    }
}
