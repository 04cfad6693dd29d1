package org.placementledger.projections.incare;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.TreeMap;

/** Reads the live counts' read model; it holds a few dozen documents, so it is read whole. */
public final class InCareNowReader {

    private final MongoDatabase database;

    public InCareNowReader(MongoDatabase database) {
        this.database = database;
    }

    public InCareNow read() {
        long inCare = 0;
        long shortBreaks = 0;
        TreeMap<String, Long> byType = new TreeMap<>();
        TreeMap<String, Long> byProvider = new TreeMap<>();
        Instant updated = null;
        for (Document d : database.getCollection(MongoCountsSink.COLLECTION).find()) {
            long children = ((Number) d.get("children")).longValue();
            Date at = d.getDate("updatedAt");
            if (at != null && (updated == null || at.toInstant().isAfter(updated))) updated = at.toInstant();
            String group = d.getString("group");
            switch (d.getString("dimension")) {
                case InCareNowTopology.DIMENSION_IN_CARE -> inCare = children;
                case InCareNowTopology.DIMENSION_SHORT_BREAKS -> shortBreaks = children;
                case InCareNowTopology.DIMENSION_PLACEMENT_TYPE -> { if (children > 0) byType.put(group, children); }
                case InCareNowTopology.DIMENSION_PROVIDER -> { if (children > 0) byProvider.put(group, children); }
                default -> { }
            }
        }
        return new InCareNow(inCare, shortBreaks, byType, byProvider, updated);
    }
}
