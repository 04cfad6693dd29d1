package org.placementledger.infra.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The faster index keys must be byte for byte what H2 wrote before, in the same order, or old files break. */
class SerializedKeyTypeTest {

    private final SerializedKeyType fast = new SerializedKeyType();
    private final ObjectDataType h2 = new ObjectDataType();

    @Test
    void a_key_is_written_exactly_as_h2_writes_it_and_read_back_equal() {
        for (KeyValue key : keys()) {
            WriteBuffer ours = new WriteBuffer();
            fast.write(ours, SerializedKey.of(key));
            WriteBuffer theirs = new WriteBuffer();
            h2.write(theirs, key);
            assertThat(bytes(ours)).isEqualTo(bytes(theirs));
            assertThat(fast.read(ByteBuffer.wrap(bytes(theirs))).value()).isEqualTo(key);
        }
    }

    @Test
    void keys_are_ordered_exactly_as_h2_orders_them() {
        List<KeyValue> keys = keys();
        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                assertThat(Integer.signum(fast.compare(SerializedKey.of(a), SerializedKey.of(b))))
                        .as("%s vs %s", a, b).isEqualTo(Integer.signum(h2.compare(a, b)));
            }
        }
    }

    @Test
    void the_quick_bytes_of_a_text_or_long_key_are_exactly_its_java_serialisation() {
        Random random = new Random(11);
        for (int i = 0; i < 5_000; i++) {
            KeyValue text = new KeyValue("child-" + random.nextInt() + ":" + random.nextInt(40) + "x".repeat(random.nextInt(300)));
            assertThat(KeyBytes.quick(text)).isEqualTo(ObjectDataType.serialize(text));
            KeyValue number = new KeyValue(random.nextLong());
            assertThat(KeyBytes.quick(number)).isEqualTo(ObjectDataType.serialize(number));
            KeyValue position = new KeyValue((double) random.nextInt(10_000_000));
            assertThat(KeyBytes.quick(position)).isEqualTo(ObjectDataType.serialize(position));
        }
        assertThat(KeyBytes.quick(new KeyValue("caf\u00e9"))).as("not plain ASCII: the slow way").isNull();
        assertThat(KeyBytes.quick(new KeyValue(1, "x"))).as("two values: the slow way").isNull();
    }

    private static List<KeyValue> keys() {
        Random random = new Random(7);
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            keys.add(new KeyValue("child-" + random.nextInt(5000) + ":" + random.nextInt(30)));
            keys.add(new KeyValue((long) random.nextInt(1_000_000)));
            keys.add(new KeyValue((double) random.nextInt(1_000_000)));
            keys.add(new KeyValue(random.nextInt(1000), "x" + i));
        }
        return keys;
    }

    private static byte[] bytes(WriteBuffer buffer) {
        ByteBuffer b = buffer.getBuffer();
        b.flip();
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }
}
