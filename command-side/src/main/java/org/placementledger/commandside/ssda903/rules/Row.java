package org.placementledger.commandside.ssda903.rules;

import org.placementledger.events.ssda903.ReturnFile;

import org.placementledger.events.ssda903.Dates903;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of a return's file as the council wrote it, for the DfE rules to read: each field as text, and the
 * line it was read from. DfE's rules read fields as the file has them (a date that does not read is simply
 * not a date to them), so {@link #date} gives null for a field that is blank or not a date.
 */
public record Row(ReturnFile file, long line, Map<String, String> fields) {

    public static Row of(ReturnFile file, long line, List<String> values) {
        Map<String, String> fields = new HashMap<>();
        List<String> columns = file.columns();
        for (int i = 0; i < columns.size() && i < values.size(); i++) fields.put(columns.get(i), values.get(i) == null ? "" : values.get(i));
        return new Row(file, line, Map.copyOf(fields));
    }

    public String child() {
        return text("CHILD");
    }

    /** The field trimmed; "" when blank or absent. */
    public String text(String column) {
        String v = fields.get(column);
        return v == null ? "" : v.trim();
    }

    public boolean blank(String column) {
        return text(column).isEmpty();
    }

    public boolean has(String column) {
        return !blank(column);
    }

    /** True when the field is one of the codes given (compared as DfE compares them, in capitals). */
    public boolean is(String column, String... codes) {
        String v = text(column).toUpperCase(java.util.Locale.ROOT);
        for (String c : codes) if (c.equals(v)) return true;
        return false;
    }

    /** The field as a date, or null when it is blank or not a date. */
    public LocalDate date(String column) {
        try {
            return Dates903.parse(text(column));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The field as a whole number, or null when it is blank or not a number. */
    public Integer number(String column) {
        try {
            return Integer.valueOf(text(column));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
