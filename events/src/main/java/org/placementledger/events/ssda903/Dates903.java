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

    private static String pad(String part) {
        return part.length() == 1 ? "0" + part : part;
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DFE.format(date);
    }
}
