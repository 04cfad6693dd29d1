package org.placementledger.infra.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The key type of the embedded MongoDB's unique indexes: written and read exactly as H2's default object type
 * writes a {@link KeyValue} (so files written before and after read the same), ordered exactly as it orders
 * them (by serialised bytes), but comparing bytes made once per key instead of once per comparison.
 */
final class SerializedKeyType extends BasicDataType<SerializedKey> {

    /** H2's tag for an object it stores by Java serialisation, followed by the length and the bytes. */
    static final byte SERIALIZED_OBJECT = 19;

    private final ObjectDataType objects = new ObjectDataType();

    @Override
    public int compare(SerializedKey a, SerializedKey b) {
        if (a == b) return 0;
        // The order of H2's byte comparison (unsigned, then the shorter first), with the JDK's vectorised
        // mismatch: every key begins with the same long serialisation header.
        return Arrays.compareUnsigned(a.bytes(), b.bytes());
    }

    @Override
    public int getMemory(SerializedKey key) {
        return 48 + 2 * key.bytes().length;
    }

    /** What H2's object type writes for a serialised object, from the bytes already made. */
    @Override
    public void write(WriteBuffer buffer, SerializedKey key) {
        buffer.put(SERIALIZED_OBJECT).putVarInt(key.bytes().length).put(key.bytes());
    }

    @Override
    public SerializedKey read(ByteBuffer buffer) {
        int start = buffer.position();
        if (buffer.get(start) == SERIALIZED_OBJECT) {
            buffer.get();
            byte[] bytes = new byte[org.h2.mvstore.DataUtils.readVarInt(buffer)];
            buffer.get(bytes);
            return SerializedKey.ofBytes(bytes);
        }
        Object value = objects.read(buffer);
        if (!(value instanceof KeyValue key)) {
            throw new IllegalStateException("an index key of the embedded MongoDB is a " + value.getClass().getName() + ", not a KeyValue");
        }
        return SerializedKey.of(key);
    }

    @Override
    public SerializedKey[] createStorage(int size) {
        return new SerializedKey[size];
    }
}
