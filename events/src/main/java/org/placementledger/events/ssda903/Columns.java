package org.placementledger.events.ssda903;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Where each named column sits in a file, from its first line; DfE's column order is not relied on. */
public final class Columns {

    private final Map<String, Integer> index = new HashMap<>();

    private Columns(List<String> names) {
        for (int i = 0; i < names.size(); i++) index.putIfAbsent(names.get(i).trim().toUpperCase(Locale.ROOT), i);
    }

    /**
     * The columns of a file's first record.
     *
     * @throws MalformedCsvException naming every required column that is missing
     */
    public static Columns of(CsvReader.Record header, List<String> required) {
        Columns columns = new Columns(header.fields());
        List<String> missing = required.stream().filter(c -> !columns.index.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new MalformedCsvException(header.line(), "the first line must name the columns; missing "
                    + String.join(", ", missing) + " (found " + String.join(",", header.fields()) + ")");
        }
        return columns;
    }

    /** The field of a named column, trimmed; empty when the record is short or the column absent. */
    public String get(CsvReader.Record record, String column) {
        Integer i = index.get(column);
        if (i == null || i >= record.fields().size()) return "";
        return record.fields().get(i).trim();
    }
}
