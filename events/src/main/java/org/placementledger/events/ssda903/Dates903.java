package org.placementledger.events.ssda903;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Dates as DfE writes them in the 903 (dd/mm/yyyy); ISO dates (yyyy-mm-dd) are read too. */
public final class Dates903 {

    private static final DateTimeFormatter DFE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private Dates903() {
    }

    /** The date, or null for a blank field; a field that is not a real date throws. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) return null;
        String t = text.trim();
        LocalDate quick = dayMonthYear(t);
        if (quick != null) return quick;
        try {
            if (t.length() == 10 && t.charAt(4) == '-') return LocalDate.parse(t);
            // d/m/yyyy without leading zeros is common in spreadsheets saved as CSV.
            if (t.length() < 10 && t.indexOf('/') > 0) {
                String[] p = t.split("/");
                if (p.length == 3) t = pad(p[0]) + "/" + pad(p[1]) + "/" + p[2];
            }
            return LocalDate.parse(t, DFE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date: write dd/mm/yyyy (or yyyy-mm-dd)");
        }
    }

    /**
     * dd/mm/yyyy read by hand: an import reads every date of every row many times over, and this is most of them.
     * Null when the text is not of that shape (the formatter then reads it, or says why not); a day that does not
     * exist (31/02/2024) is refused as the formatter refuses it.
     */
    private static LocalDate dayMonthYear(String t) {
        if (t.length() != 10 || t.charAt(2) != '/' || t.charAt(5) != '/') return null;
        int day = digits(t, 0, 2);
        int month = digits(t, 3, 5);
        int year = digits(t, 6, 10);
        if (day < 0 || month < 0 || year < 0) return null;
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("'" + t + "' is not a date: write dd/mm/yyyy (or yyyy-mm-dd)");
        }
    }

    private static int digits(String t, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') return -1;
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static String pad(String part) {
        return part.length() == 1 ? "0" + part : part;
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DFE.format(date);
    }
}
