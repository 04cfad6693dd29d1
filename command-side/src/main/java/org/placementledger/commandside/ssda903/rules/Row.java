package org.placementledger.commandside.ssda903.rules;

import org.placementledger.events.ssda903.Dates903;
import org.placementledger.events.ssda903.ReturnFile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a return's file as the council wrote it, for the DfE rules to read: each field as text, and the
 * line it was read from. DfE's rules read fields as the file has them (a date that does not read is simply
 * not a date to them), so {@link #date} gives null for a field that is blank or not a date.
 *
 * @param values the fields in the file's column order ({@link ReturnFile#columns()})
 */
public record Row(ReturnFile file, long line, List<String> values) {


    public Row {
        List<String> v = new ArrayList<>(file.columns().size());
        for (int i = 0; i < file.columns().size(); i++) v.add(i < values.size() && values.get(i) != null ? values.get(i) : "");
        values = java.util.Collections.unmodifiableList(v);
    }

    public static Row of(ReturnFile file, long line, List<String> values) {
        return new Row(file, line, values);
    }

    public String child() {
        return text("CHILD");
    }

    /** The field as written; "" when the file has no such column. */
    public String raw(String column) {
        int i = file.position(column);
        return i < 0 ? "" : values.get(i);
    }

    /** The field trimmed; "" when blank or absent. */
    public String text(String column) {
        return raw(column).trim();
    }

    public boolean blank(String column) {
        return text(column).isEmpty();
    }

    public boolean has(String column) {
        return !blank(column);
    }

    /** True when the field is one of the codes given (compared as DfE compares them, in capitals). */
    public boolean is(String column, String... codes) {
        String v = text(column);
        for (String c : codes) if (c.equalsIgnoreCase(v)) return true;
        return false;
    }

    /** The field as a date, or null when it is blank or not a date. */
    public LocalDate date(String column) {
        String text = text(column);
        if (text.isEmpty()) return null;
        try {
            return Dates903.parse(text);
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
