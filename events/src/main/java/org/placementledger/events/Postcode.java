package org.placementledger.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A UK postcode, kept in its normal written form ("TQ1 3AB"). It is not checked on reading, because
 * stored and imported records must stay readable; the rules check {@link #isWellFormed()} when a
 * record is made.
 */
public record Postcode(String value) {

    /** The inward code's letters: never C, I, K, M, O or V. The whole form is {@code [A-Z]{1,2}[0-9][A-Z0-9]? [0-9][ABD-HJLNP-UW-Z]{2}}. */
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    /** A sector alone ("TQ1 3"): what a postcode reads as once the child's personal data is erased. */
    private static final Pattern SECTOR = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9]$");

    public Postcode {
        Objects.requireNonNull(value, "value");
        value = normalise(value);
    }

    @JsonCreator
    public static Postcode of(String value) {
        return new Postcode(value);
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** Written out rather than matched: every postcode of an import is checked twice, once read and once sealed. */
    public boolean isWellFormed() {
        String v = value;
        int space = v.indexOf(' ');
        if (space < 2 || space > 4 || v.length() != space + 4) return false;
        int i = 0;
        while (i < space && isLetter(v.charAt(i))) i++;
        if (i < 1 || i > 2 || i == space || !isDigit(v.charAt(i++))) return false;
        if (i < space && (isLetter(v.charAt(i)) || isDigit(v.charAt(i)))) i++;
        return i == space && isDigit(v.charAt(space + 1)) && INWARD_LETTERS.indexOf(v.charAt(space + 2)) >= 0
                && INWARD_LETTERS.indexOf(v.charAt(space + 3)) >= 0;
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Only the sector is known: the full postcode was erased with the child's personal data. */
    public boolean isSectorOnly() {
        return SECTOR.matcher(value).matches();
    }

    /** The outward code, "TQ1" of "TQ1 3AB". */
    public String outwardCode() {
        int space = value.indexOf(' ');
        return space < 0 ? value : value.substring(0, space);
    }

    /** The sector, "TQ1 3" of "TQ1 3AB" (and of "TQ1 3"). */
    public String sector() {
        if (isSectorOnly()) return value;
        return value.length() > 2 ? value.substring(0, value.length() - 2) : value;
    }

    private static String normalise(String raw) {
        // Spaces removed by hand: a regular expression compiled for every postcode read was a cost of imports.
        StringBuilder kept = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) if (!Character.isWhitespace(raw.charAt(i))) kept.append(raw.charAt(i));
        String compact = kept.toString().toUpperCase(Locale.ROOT);
        // A sector alone ("TQ13 1") keeps its space before the one digit, not three characters from the end.
        String trimmed = raw.trim();
        if (trimmed.length() >= 2 && trimmed.charAt(trimmed.length() - 2) == ' ' && Character.isDigit(trimmed.charAt(trimmed.length() - 1))) {
            return compact.substring(0, compact.length() - 1) + " " + compact.charAt(compact.length() - 1);
        }
        if (compact.length() < 5 || compact.length() > 7) return raw.trim().toUpperCase(Locale.ROOT);
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    @Override
    public String toString() {
        return value;
    }
}
