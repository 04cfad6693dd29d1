package org.placementledger.infra.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.DuplicateKeyError;
import org.h2.mvstore.MVMap;

import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A unique index of the embedded MongoDB over an H2 map keyed by {@link SerializedKey}. */
final class SerializedKeyUniqueIndex extends AbstractUniqueIndex<Object> {

    private final MVMap<SerializedKey, Object> map;
    /**
     * The last key serialised: an insert looks its keys up, then adds them, each time with a new but equal
     * KeyValue. Only keys of plain values (text, numbers, booleans) are taken again, whose equal values serialise
     * to equal bytes.
     */
    private volatile SerializedKey last;

    /** The one field of a single-field index whose name is a plain field name, else null. */
    private final String plainField;

    SerializedKeyUniqueIndex(MVMap<SerializedKey, Object> map, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.map = map;
        String field = keys.size() == 1 ? keys.get(0).getKey() : null;
        this.plainField = field != null && !field.contains(".") && !field.startsWith("$") ? field : null;
    }

    /**
     * The key of a document whose indexed field holds text or a whole number, made directly. The server's
     * general way (paths split by a regular expression, streams, sets of combinations of array elements) was
     * an eighth of its time during an import. The key is the one the general way makes: text as it is, a
     * number as the double the server normalises it to. Anything else takes the general way.
     */
    private KeyValue plainKey(Document document) {
        if (plainField == null) return null;
        Object value = document.get(plainField);
        if (value instanceof String) return new KeyValue(value);
        if (value instanceof Integer i) return new KeyValue((double) i);
        if (value instanceof Long l && Math.abs(l) < (1L << 53)) return new KeyValue((double) l);
        return null;
    }

    @Override
    public Set<KeyValue> getKeyValues(Document document) {
        KeyValue key = plainKey(document);
        return key != null ? Set.of(key) : super.getKeyValues(document);
    }

    @Override
    public synchronized void checkAdd(Document document, MongoCollection<Object> collection) {
        KeyValue key = isSparse() ? null : plainKey(document);
        if (key == null) {
            super.checkAdd(document, collection);
            return;
        }
        if (getPosition(key) != null) throw new DuplicateKeyError(this, collection, getKeys(), key);
    }

    private SerializedKey serialized(KeyValue key) {
        SerializedKey previous = last;
        if (previous != null && previous.value().equals(key)) return previous;
        SerializedKey made = SerializedKey.of(key);
        if (plainValues(key)) last = made;
        return made;
    }

    private static boolean plainValues(KeyValue key) {
        for (Object v : key) {
            if (!(v instanceof String || v instanceof Long || v instanceof Integer || v instanceof Boolean)) return false;
        }
        return true;
    }

    /**
     * The collection checks every index ({@code checkAdd}) before it stores a document and adds it to them, under
     * its lock; the base add checks again, serialising and looking every key up a second time. For a key that
     * is not there, putting it is the check: a key already there is refused as the check would refuse it.
     */
    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        if (isSparse()) {
            super.add(document, position, collection);
            return;
        }
        Set<KeyValue> keys = getKeyValues(document);
        if (keys.size() != 1) {
            super.add(document, position, collection);
            return;
        }
        KeyValue key = keys.iterator().next();
        if (!putKeyPosition(key, position)) throw new DuplicateKeyError(this, collection, getKeys(), key);
    }

    @Override
    protected Object removeDocument(KeyValue key) {
        return map.remove(serialized(key));
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, Object position) {
        return map.putIfAbsent(serialized(key), Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
        return map.entrySet().stream()
                .map(e -> (Map.Entry<KeyValue, Object>) new AbstractMap.SimpleImmutableEntry<>(e.getKey().value(), e.getValue()))
                .collect(Collectors.toList());
    }

    @Override
    protected Object getPosition(KeyValue key) {
        return map.get(serialized(key));
    }

    @Override
    public long getCount() {
        return map.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }
}
