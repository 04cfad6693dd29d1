package org.placementledger.infra.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.type.ObjectDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;

/**
 * The Java serialisation of an index key, which H2 orders keys by, made without Java serialisation for the keys
 * the event store's indexes hold (one ASCII text, or one number): the stream for such a key is always the same
 * bytes around the value, so those bytes are taken once from a real serialisation and the value put between them.
 * Every other key, and every key until the shortcut has shown it gives the same bytes, is serialised as ever.
 */
final class KeyBytes {

    private static final Logger log = LoggerFactory.getLogger(KeyBytes.class);
    /** Keys checked against real serialisation before the shortcut is trusted. */
    private static final int CHECKED = 2_000;
    private static final byte TC_STRING = 0x74;

    private static final Template TEXT = Template.forText();
    private static final Template LONG = Template.forLong();
    private static final Template DOUBLE = Template.forDouble();
    private static volatile int checked;
    private static volatile boolean trusted = TEXT != null && LONG != null && DOUBLE != null;

    private KeyBytes() {
    }

    static byte[] of(KeyValue key) {
        byte[] quick = trusted ? quick(key) : null;
        if (quick == null) return ObjectDataType.serialize(key);
        if (checked < CHECKED) {
            byte[] real = ObjectDataType.serialize(key);
            if (!Arrays.equals(real, quick)) {
                trusted = false;
                log.warn("Index keys are serialised the slow way: the quick way gave other bytes for {}", key);
                return real;
            }
            checked++;
        }
        return quick;
    }

    /** The bytes for a key of one plain-ASCII text or one long, or null for any other key. */
    static byte[] quick(KeyValue key) {
        if (key.size() != 1) return null;
        Object v = key.get(0);
        if (v instanceof String s) return text(s);
        if (v instanceof Long l) return LONG.around(longBytes(l));
        // The server keeps numbers in keys as doubles: a position (_id) is one.
        if (v instanceof Double d) return DOUBLE.around(longBytes(Double.doubleToLongBits(d)));
        return null;
    }

    private static byte[] text(String s) {
        int n = s.length();
        if (n > 60_000) return null;
        byte[] value = new byte[3 + n];
        value[0] = TC_STRING;
        value[1] = (byte) (n >>> 8);
        value[2] = (byte) n;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            // Modified UTF-8 writes 1..127 as one byte; anything else takes the slow way.
            if (c == 0 || c > 127) return null;
            value[3 + i] = (byte) c;
        }
        return TEXT.around(value);
    }

    private static byte[] longBytes(long l) {
        byte[] b = new byte[8];
        for (int i = 7; i >= 0; i--) {
            b[i] = (byte) l;
            l >>>= 8;
        }
        return b;
    }

    /** The bytes before and after a value in the serialisation of a one-value key. */
    private record Template(byte[] before, byte[] after) {

        byte[] around(byte[] value) {
            byte[] out = new byte[before.length + value.length + after.length];
            System.arraycopy(before, 0, out, 0, before.length);
            System.arraycopy(value, 0, out, before.length, value.length);
            System.arraycopy(after, 0, out, before.length + value.length, after.length);
            return out;
        }

        static Template forText() {
            // A marker text found in its serialisation splits it into what comes before and after any text.
            String marker = "q7Zx9PlacementLedgerMarker";
            byte[] real = ObjectDataType.serialize(new KeyValue(marker));
            byte[] encoded = new byte[3 + marker.length()];
            encoded[0] = TC_STRING;
            encoded[1] = 0;
            encoded[2] = (byte) marker.length();
            for (int i = 0; i < marker.length(); i++) encoded[3 + i] = (byte) marker.charAt(i);
            return split(real, encoded);
        }

        static Template forLong() {
            long marker = 0x5A17C3E9D2B4F681L;
            return split(ObjectDataType.serialize(new KeyValue(marker)), longBytes(marker));
        }

        static Template forDouble() {
            double marker = 12345.678912345e-7;
            return split(ObjectDataType.serialize(new KeyValue(marker)), longBytes(Double.doubleToLongBits(marker)));
        }

        private static Template split(byte[] real, byte[] value) {
            for (int i = 0; i + value.length <= real.length; i++) {
                if (Arrays.equals(real, i, i + value.length, value, 0, value.length)) {
                    return new Template(Arrays.copyOfRange(real, 0, i), Arrays.copyOfRange(real, i + value.length, real.length));
                }
            }
            return null;
        }
    }
}
