package org.placementledger.projections.incare;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import java.time.Clock;
import java.util.Date;

import static com.mongodb.client.model.Filters.eq;

/**
 * The live counts' read model: one document per (dimension, group) in {@code dashboard_counts}, replaced
 * whole by its {@code _id}, so a repeat after a restart writes the same figure again. A count that falls
 * to 0 stays, as 0.
 */
public final class MongoCountsSink implements CountsSink {

    public static final String COLLECTION = "dashboard_counts";

    private final MongoCollection<Document> counts;
    private final Clock clock;

    public MongoCountsSink(MongoDatabase database, Clock clock) {
        this.counts = database.getCollection(COLLECTION);
        this.clock = clock;
    }

    @Override
    public void put(String dimension, String group, long children) {
        String id = dimension + "/" + group;
        counts.replaceOne(eq("_id", id), new Document("_id", id)
                .append("dimension", dimension)
                .append("group", group)
                .append("children", children)
                .append("updatedAt", Date.from(clock.instant())), new ReplaceOptions().upsert(true));
    }
}
