package org.placementledger.commandside.ssda903.rules;

import org.placementledger.events.ssda903.ReturnFile;

import org.placementledger.events.codes.ReportingYear;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A child's return for a rule's scenarios, written field by field. It starts as a child every rule accepts in
 * the year given: a header, and nothing else until rows are added. Rows are given as column/value pairs; the
 * columns not named are blank.
 */
final class ReturnBuilder {

    private final String child;
    private final ReportingYear year;
    private final Map<ReturnFile, List<Row>> rows = new EnumMap<>(ReturnFile.class);
    private final Set<ReturnFile> supplied = EnumSet.of(ReturnFile.HEADER, ReturnFile.EPISODES);
    private ChildReturn previous;
    private long line = 2;

    private ReturnBuilder(String child, ReportingYear year) {
        this.child = child;
        this.year = year;
    }

    /** A child in the collection year ending 31 March {@code endYear}, with an ordinary header and no episodes. */
    static ReturnBuilder child(int endYear) {
        ReturnBuilder b = new ReturnBuilder("C1", new ReportingYear(endYear - 1));
        b.header();
        return b;
    }

    /** Replaces the header by the ordinary one with these fields changed (SEX 1 or M by the year, born 01/06/2012). */
    ReturnBuilder header(String... columnsAndValues) {
        Map<String, String> f = new HashMap<>();
        f.put("SEX", year.startYear() >= 2024 ? "M" : "1");
        f.put("DOB", "01/06/2012");
        f.put("ETHNIC", "WBRI");
        f.put("UPN", "A123456789012");
        f.put("MOTHER", "");
        f.put("MC_DOB", "");
        put(f, columnsAndValues);
        rows.put(ReturnFile.HEADER, new ArrayList<>(List.of(row(ReturnFile.HEADER, f))));
        return this;
    }

    /** No header row for the child (the header file itself is still supplied). */
    ReturnBuilder withoutHeader() {
        rows.remove(ReturnFile.HEADER);
        return this;
    }

    /**
     * Adds an episode: an ordinary one (began 01/05 of the year's first calendar year, S, C2, N1, U4, PR1, still
     * open, home TQ1 3AB, placed TQ2 5AA, URN XXXXXXX) with these fields changed.
     */
    ReturnBuilder episode(String... columnsAndValues) {
        Map<String, String> f = new HashMap<>();
        f.put("DECOM", "01/05/" + year.startYear());
        f.put("RNE", "S");
        f.put("LS", "C2");
        f.put("CIN", "N1");
        f.put("PLACE", "U4");
        f.put("PLACE_PROVIDER", "PR1");
        f.put("HOME_POST", "TQ1 3AB");
        f.put("PL_POST", "TQ2 5AA");
        f.put("URN", "XXXXXXX");
        put(f, columnsAndValues);
        return add(ReturnFile.EPISODES, f);
    }

    /** Adds a row of any file (supplying the file), with the child's id and the header's DOB filled in. */
    ReturnBuilder row(ReturnFile file, String... columnsAndValues) {
        Map<String, String> f = new HashMap<>();
        if (file.columns().contains("DOB")) f.put("DOB", rows.containsKey(ReturnFile.HEADER)
                ? rows.get(ReturnFile.HEADER).get(0).text("DOB") : "01/06/2012");
        put(f, columnsAndValues);
        return add(file, f);
    }

    /** The file is part of the import even if the child has no row in it. */
    ReturnBuilder supplying(ReturnFile file) {
        supplied.add(file);
        return this;
    }

    /** Last year's return of the child, as the ledger would hold it. */
    ReturnBuilder previous(ReturnBuilder lastYear) {
        this.previous = lastYear.build();
        return this;
    }

    ChildReturn build() {
        return new ChildReturn(child, year, supplied, rows, previous);
    }

    private ReturnBuilder add(ReturnFile file, Map<String, String> f) {
        supplied.add(file);
        rows.computeIfAbsent(file, k -> new ArrayList<>()).add(row(file, f));
        return this;
    }

    private Row row(ReturnFile file, Map<String, String> f) {
        f.put("CHILD", child);
        List<String> values = new ArrayList<>();
        for (String c : file.columns()) values.add(f.getOrDefault(c, ""));
        for (String c : f.keySet()) {
            if (!file.columns().contains(c)) throw new IllegalArgumentException(file + " has no column " + c);
        }
        return Row.of(file, line++, values);
    }

    private static void put(Map<String, String> f, String[] columnsAndValues) {
        if (columnsAndValues.length % 2 != 0) throw new IllegalArgumentException("columns and values come in pairs");
        for (int i = 0; i < columnsAndValues.length; i += 2) f.put(columnsAndValues[i], columnsAndValues[i + 1]);
    }
}
