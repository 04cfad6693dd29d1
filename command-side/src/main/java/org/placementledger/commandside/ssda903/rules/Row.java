package org.placementledger.commandside.ssda903.rules;

import org.placementledger.events.ssda903.Dates903;
import org.placementledger.events.ssda903.ReturnFile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One row of a return's file as the council wrote it, for the DfE rules to read: each field as text, and the
 * line it was read from. DfE's rules read fields as the file has them (a date that does not read is simply
 * not a date to them), so {@link #date} gives null for a field that is blank or not a date.
 * <p>
 * A class rather than a record because it keeps what its readers ask for again and again: some 280 rules read
 * the same few fields of each row, so each field is trimmed once, and read as a date once, on first use. A row
 * is used by one thread (one child's check), so the caches need no locking.
 */
public final class Row {

    /** A field asked for as a date and found not to be one. */
    private static final Object NOT_A_DATE = new Object();

    private final ReturnFile file;
    private final long line;
    private final List<String> values;
    private final String[] trimmed;
    private final Object[] dates;

    /** @param values the fields in the file's column order ({@link ReturnFile#columns()}) */
    public Row(ReturnFile file, long line, List<String> values) {
        int columns = file.columns().size();
        List<String> v = new ArrayList<>(columns);
        for (int i = 0; i < columns; i++) v.add(i < values.size() && values.get(i) != null ? values.get(i) : "");
        this.file = file;
        this.line = line;
        this.values = Collections.unmodifiableList(v);
        this.trimmed = new String[columns];
        this.dates = new Object[columns];
    }

    public static Row of(ReturnFile file, long line, List<String> values) {
        return new Row(file, line, values);
    }

    public ReturnFile file() {
        return file;
    }

    public long line() {
        return line;
    }

    /** The fields as written, in the file's column order. */
    public List<String> values() {
        return values;
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
        int i = file.position(column);
        return i < 0 ? "" : trimmed(i);
    }

    private String trimmed(int i) {
        String t = trimmed[i];
        if (t == null) trimmed[i] = t = values.get(i).trim();
        return t;
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
        int i = file.position(column);
        if (i < 0) return null;
        Object known = dates[i];
        if (known == null) dates[i] = known = readDate(trimmed(i));
        return known == NOT_A_DATE ? null : (LocalDate) known;
    }

    private static Object readDate(String text) {
        if (text.isEmpty()) return NOT_A_DATE;
        try {
            return Dates903.parse(text);
        } catch (IllegalArgumentException e) {
            return NOT_A_DATE;
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

    @Override
    public boolean equals(Object o) {
        return o instanceof Row r && r.file == file && r.line == line && r.values.equals(values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, line, values);
    }

    @Override
    public String toString() {
        return "Row[file=" + file + ", line=" + line + ", values=" + values + "]";
    }
}
