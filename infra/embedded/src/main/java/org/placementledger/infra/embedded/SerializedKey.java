package org.placementledger.infra.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.type.ObjectDataType;

import java.util.Arrays;

/**
 * An index key of the embedded MongoDB with its serialised form made once. H2 orders keys of a type it does
 * not know by their serialised bytes, and serialised them afresh for every comparison: for the event store's
 * unique indexes, that was most of the embedded server's work. Same bytes, same order, made once per key; a key
 * read from the file stays bytes until something asks for its value.
 */
final class SerializedKey {

    private final byte[] bytes;
    private KeyValue value;

    private SerializedKey(KeyValue value, byte[] bytes) {
        this.value = value;
        this.bytes = bytes;
    }

    static SerializedKey of(KeyValue value) {
        return new SerializedKey(value, KeyBytes.of(value));
    }

    /** A key as the file holds it: its value is read from the bytes when first asked for. */
    static SerializedKey ofBytes(byte[] bytes) {
        return new SerializedKey(null, bytes);
    }

    byte[] bytes() {
        return bytes;
    }

    KeyValue value() {
        KeyValue v = value;
        if (v == null) {
            Object read = ObjectDataType.deserialize(bytes);
            if (!(read instanceof KeyValue key)) {
                throw new IllegalStateException("an index key of the embedded MongoDB is a " + read.getClass().getName() + ", not a KeyValue");
            }
            value = v = key;
        }
        return v;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SerializedKey k && Arrays.equals(bytes, k.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return value().toString();
    }
}
