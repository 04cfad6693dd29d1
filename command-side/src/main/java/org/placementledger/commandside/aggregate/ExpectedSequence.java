package org.placementledger.commandside.aggregate;

import org.axonframework.messaging.MetaData;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The sequence number of a child's stream that the sender of a command last saw, carried in the command's
 * metadata under {@value #METADATA_KEY}; optional. When it is given and another write came first, the
 * command is a conflict rather than a decision on a record the sender has not seen.
 * <p>
 * Any whole {@link Number} is taken, not only a {@code Long}: metadata that has been through JSON comes
 * back as an {@code Integer} for small values.
 */
public final class ExpectedSequence {

    public static final String METADATA_KEY = "expectedSequence";

    private ExpectedSequence() {
    }

    /** @return the expected sequence, or null when the command does not say */
    static Long in(MetaData metaData) {
        Object value = metaData.get(METADATA_KEY);
        if (value == null) return null;
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        try {
            if (value instanceof BigInteger big) return big.longValueExact();
            if (value instanceof Number number) return new BigDecimal(number.toString()).longValueExact();
        } catch (ArithmeticException | NumberFormatException notWhole) {
            // fall through to the refusal below
        }
        throw new IllegalArgumentException("the command's metadata " + METADATA_KEY
                + " must be a whole number, the last sequence number seen for the child, not " + value);
    }
}
