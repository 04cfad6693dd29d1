package org.placementledger.infra.privacy;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.placementledger.commandside.domain.ErasePersonalData;
import org.placementledger.commandside.http.RecordingMetadata;
import org.placementledger.events.PersonalDataErased;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Erases a child's personal data: the child's key is deleted, which makes every sealed copy unreadable at
 * once, then the erasure is recorded in the child's history (so projections read the child again without the
 * key) and in the audit of erasures (who, when, why; nothing about the child but its id).
 * <p>
 * The key goes first because that is the erasure; the rest records it. If recording fails, asking again
 * finishes it and erases nothing twice.
 */
public final class Erasures {

    private static final Logger log = LoggerFactory.getLogger(Erasures.class);
    public static final String COLLECTION = "erasures";

    private final MongoChildKeys keys;
    private final EventStore events;
    private final CommandGateway commands;
    private final MongoCollection<Document> audit;
    /** Children whose personal data this instance erased since start, for the metrics. */
    private final java.util.concurrent.atomic.AtomicLong erased = new java.util.concurrent.atomic.AtomicLong();

    /** What an erasure did. {@code already} when the child's data had been erased before this request. */
    public record Outcome(String childId, Instant erasedAt, PersonalDataErased.Basis basis, boolean already) {
    }

    public Erasures(MongoChildKeys keys, EventStore events, CommandGateway commands, MongoDatabase database) {
        this.keys = keys;
        this.events = events;
        this.commands = commands;
        this.audit = database.getCollection(COLLECTION);
        audit.createIndex(Indexes.descending("erasedAt"));
    }

    /** @throws UnknownChild when nothing was ever recorded of the child */
    public Outcome erase(String childId, PersonalDataErased.Basis basis, String by, String reason) {
        if (events.lastSequenceNumberFor(childId).isEmpty()) throw new UnknownChild(childId);
        // A child in care still has figures to keep (counted, costing), and after erasure nothing more can be recorded.
        org.placementledger.events.history.EffectiveHistory history = org.placementledger.events.history.EffectiveHistory.empty();
        var stream = events.readEvents(childId);
        while (stream.hasNext()) {
            var event = stream.next();
            history = history.with(event.getIdentifier(), event.getSequenceNumber(), (org.placementledger.events.ChildEvent) event.getPayload());
        }
        if (history.personalDataErased()) {
            // Done before, the event too: nothing to send. The marker is made sure of (it records nothing twice).
            MongoChildKeys.Erasure before = keys.erase(childId, basis);
            return new Outcome(childId, before.erasedAt(), before.basis(), true);
        }
        if (org.placementledger.events.history.CareStates.of(history) instanceof org.placementledger.events.history.InCare inCare) {
            throw new ChildInCare(childId, inCare.periodStart());
        }
        MongoChildKeys.Erasure erasure = keys.erase(childId, basis);
        boolean already = !erasure.fresh();
        if (erasure.fresh()) {
            audit.insertOne(new Document("childId", childId).append("erasedAt", Date.from(erasure.erasedAt()))
                    .append("basis", basis.name()).append("by", by).append("reason", reason));
            log.info("Personal data of child {} erased ({}, by {})", childId, basis, by);
        }
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new ErasePersonalData(childId, basis))
                .andMetaData(MetaData.with(RecordingMetadata.RECORDED_BY, by)), 30, TimeUnit.SECONDS);
        if (!already) erased.incrementAndGet();
        return new Outcome(childId, erasure.erasedAt(), erasure.basis(), already);
    }

    /** Children erased by this instance since start. */
    public long erased() {
        return erased.get();
    }

    /** The audit of erasures, newest first. */
    public List<Document> recent(String childId, int limit) {
        List<Document> out = new ArrayList<>();
        var found = childId == null ? audit.find() : audit.find(Filters.eq("childId", childId));
        for (Document d : found.sort(Sorts.descending("erasedAt")).limit(limit)) {
            d.remove("_id");
            d.put("erasedAt", d.getDate("erasedAt").toInstant().toString());
            out.add(d);
        }
        return out;
    }

    public static final class ChildInCare extends RuntimeException {
        public ChildInCare(String childId, java.time.LocalDate since) {
            super("child " + childId + " has been in care since " + since + ": record the end of care first; the personal data of a"
                    + " child in care is needed for the child's record and figures");
        }
    }

    public static final class UnknownChild extends RuntimeException {
        public UnknownChild(String childId) {
            super("nothing is recorded of child " + childId + ", so there is nothing to erase");
        }
    }
}
