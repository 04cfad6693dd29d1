package org.placementledger.infra.privacy;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;
import org.placementledger.events.PersonalDataErased;
import org.placementledger.events.privacy.ChildKeys;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Each child's key in the {@code child_keys} collection, wrapped under the {@link MasterKey}. Erasing a child
 * removes its key and leaves a marker (when, why), so that nothing sealed for the child can be opened again,
 * and no new key is ever made for it.
 * <p>
 * Keys are held in memory (up to a limit) so that reading events costs no lookup.
 * A held key is looked up again after {@link #RECHECK}: that is how soon an erasure made by another instance
 * takes effect here. The instance that erases forgets the key at once.
 */
public final class MongoChildKeys implements ChildKeys {

    public static final String COLLECTION = "child_keys";
    static final Duration RECHECK = Duration.ofMinutes(2);
    private static final String WRAPPED = "wrapped";
    private static final String MADE_AT = "madeAt";
    private static final String ERASED_AT = "erasedAt";
    private static final String BASIS = "basis";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoCollection<Document> keys;
    private final MasterKey master;
    private final Clock clock;
    private final Map<String, Held> held;
    private final int heldAtMost;

    /** A child's key as last read, or none when the child's data is erased. */
    record Held(SecretKey key, long readAtNanos) {
    }

    /** When and why a child's personal data was erased. */
    /** @param fresh made by this call, not found from before */
    public record Erasure(String childId, Instant erasedAt, PersonalDataErased.Basis basis, boolean fresh) {
    }

    public MongoChildKeys(MongoDatabase database, MasterKey master, Clock clock, int heldAtMost) {
        this.keys = database.getCollection(COLLECTION);
        this.master = master;
        this.clock = clock;
        this.held = new java.util.concurrent.ConcurrentHashMap<>();
        this.heldAtMost = heldAtMost;
    }

    /** Empty only when the child's erasure is on record: a key that cannot be had is an error, never an erasure. */
    @Override
    public Optional<SecretKey> sealingKey(String childId) {
        Held known = current(childId);
        try {
            if (known == null) known = prepare(List.of(childId)).get(childId);
        } catch (com.mongodb.MongoException e) {
            throw new Unavailable(childId, e);
        }
        if (known == null) throw new IllegalStateException("no key could be made or read for child " + childId);
        return Optional.ofNullable(known.key());
    }

    @Override
    public Optional<SecretKey> openingKey(String childId) {
        Held known = current(childId);
        try {
            if (known == null) known = read(childId);
        } catch (com.mongodb.MongoException e) {
            throw new Unavailable(childId, e);
        }
        return known == null ? Optional.empty() : Optional.ofNullable(known.key());
    }

    @Override
    public void forget(String childId) {
        held.remove(childId);
    }

    /**
     * Makes sure every child named has a key (or is known to be erased), in two round trips however many there
     * are: an import seals the events of a thousand children at a time.
     */
    public Map<String, Held> prepare(Collection<String> childIds) {
        Map<String, Held> found = new java.util.HashMap<>();
        Set<String> wanted = new HashSet<>();
        for (String id : childIds) if (current(id) == null) wanted.add(id);
        if (wanted.isEmpty()) return found;
        for (Document stored : keys.find(Filters.in("_id", wanted))) {
            String id = stored.getString("_id");
            found.put(id, remember(id, stored));
            wanted.remove(id);
        }
        if (wanted.isEmpty()) return found;
        List<Document> fresh = new ArrayList<>(wanted.size());
        Map<String, SecretKey> made = new java.util.HashMap<>();
        Date now = Date.from(clock.instant());
        for (String id : wanted) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            made.put(id, new SecretKeySpec(bytes, "AES"));
            fresh.add(new Document("_id", id).append(WRAPPED, new Binary(master.wrap(id, bytes))).append(MADE_AT, now));
        }
        try {
            keys.insertMany(fresh, new InsertManyOptions().ordered(false));
            made.forEach((id, key) -> {
                Held held = new Held(key, System.nanoTime());
                hold(id, held);
                found.put(id, held);
            });
        } catch (MongoBulkWriteException someMadeElsewhere) {
            // Only another instance's keys for the same children are expected; anything else is an error.
            boolean onlyDuplicates = someMadeElsewhere.getWriteErrors().stream().allMatch(e -> e.getCode() == 11000);
            if (!onlyDuplicates) throw someMadeElsewhere;
            // Every key is read back, so all use the one stored.
            for (String id : wanted) found.put(id, read(id));
        }
        return found;
    }

    /**
     * Removes the child's key for good, leaving when and why. Erasing again changes nothing, and of two erasures at
     * once only one is made: the other finds the marker and says so ({@link Erasure#fresh()} false).
     */
    public Erasure erase(String childId, PersonalDataErased.Basis basis) {
        Instant at = clock.instant();
        try {
            var result = keys.updateOne(Filters.and(Filters.eq("_id", childId), Filters.exists(ERASED_AT, false)),
                    Updates.combine(Updates.unset(WRAPPED), Updates.set(ERASED_AT, Date.from(at)), Updates.set(BASIS, basis.name())),
                    new UpdateOptions().upsert(true));
            hold(childId, new Held(null, System.nanoTime()));
            if (result.getMatchedCount() > 0 || result.getUpsertedId() != null) return new Erasure(childId, at, basis, true);
        } catch (com.mongodb.MongoWriteException alreadyErased) {
            // The filter did not match an erased child's marker, so the upsert met its id: erased before.
            if (alreadyErased.getError().getCode() != 11000) throw alreadyErased;
            hold(childId, new Held(null, System.nanoTime()));
        }
        return erasure(childId).orElseThrow(() -> new IllegalStateException("the erasure of child " + childId + " was not recorded"));
    }

    public Optional<Erasure> erasure(String childId) {
        Document stored = keys.find(Filters.eq("_id", childId)).first();
        if (stored == null || stored.getDate(ERASED_AT) == null) return Optional.empty();
        return Optional.of(new Erasure(childId, stored.getDate(ERASED_AT).toInstant(), PersonalDataErased.Basis.valueOf(stored.getString(BASIS)), false));
    }

    /** Reads every stored key into memory (up to the limit), so that a restart does not look them up one by one. */
    public int warm() {
        int count = 0;
        for (Document stored : keys.find()) {
            remember(stored.getString("_id"), stored);
            count++;
        }
        return count;
    }

    private Held current(String childId) {
        Held known = held.get(childId);
        if (known == null) return null;
        // An erasure is for good: only a held key can go stale.
        if (known.key() != null && System.nanoTime() - known.readAtNanos() > RECHECK.toNanos()) return null;
        return known;
    }

    private Held read(String childId) {
        Document stored = keys.find(Filters.eq("_id", childId)).first();
        return stored == null ? null : remember(childId, stored);
    }

    /** Holds a key, letting go of some others when there are too many: any of them is read again when needed. */
    private void hold(String childId, Held known) {
        if (held.size() >= heldAtMost) {
            java.util.Iterator<String> ids = held.keySet().iterator();
            for (int i = 0; i < Math.max(1, heldAtMost / 10) && ids.hasNext(); i++) {
                ids.next();
                ids.remove();
            }
        }
        held.put(childId, known);
    }

    private Held remember(String childId, Document stored) {
        Binary wrapped = stored.get(WRAPPED, Binary.class);
        Held known = new Held(wrapped == null ? null : new SecretKeySpec(master.unwrap(childId, wrapped.getData()), "AES"), System.nanoTime());
        hold(childId, known);
        return known;
    }
}
