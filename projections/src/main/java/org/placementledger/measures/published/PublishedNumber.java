package org.placementledger.measures.published;

import java.math.BigDecimal;

/**
 * A figure as the DfE publishes it: a number, or a mark saying it is not published (suppressed to protect small
 * numbers, {@code c}; not applicable, {@code z}; not available, {@code x}; too low to show, {@code low}). A figure not
 * published is never taken for zero.
 *
 * @param value        null when not published
 * @param notPublished the DfE's mark when not published, else null
 */
public record PublishedNumber(BigDecimal value, String notPublished) {

    public static final PublishedNumber MISSING = new PublishedNumber(null, "not in the table");

    /** The DfE's marks for a figure it does not publish. */
    static final java.util.Set<String> MARKS = java.util.Set.of("c", "z", "x", "low", "u", "k", ":");

    public boolean published() {
        return value != null;
    }

    /**
     * @throws NumberFormatException when the text is neither a number nor one of the DfE's marks
     */
    static PublishedNumber parse(String text) {
        String t = text == null ? "" : text.trim();
        if (MARKS.contains(t.toLowerCase(java.util.Locale.ROOT))) return new PublishedNumber(null, t);
        if (t.isEmpty()) throw new NumberFormatException("is empty; a figure or one of the DfE's marks (c, z, x, low) is needed");
        try {
            return new PublishedNumber(new BigDecimal(t.replace(",", "")), null);
        } catch (NumberFormatException e) {
            throw new NumberFormatException("'" + t + "' is neither a number nor one of the DfE's marks (c, z, x, low)");
        }
    }
}
