package org.placementledger.commandside.imports;

import org.placementledger.commandside.ssda903.CostRow;
import org.placementledger.commandside.ssda903.Problem;
import org.placementledger.events.ssda903.ReturnFile;
import org.placementledger.commandside.ssda903.rules.Row;
import org.placementledger.events.ssda903.Columns;
import org.placementledger.events.ssda903.CsvReader;
import org.placementledger.events.ssda903.Dates903;
import org.placementledger.events.ssda903.EpisodeRow;
import org.placementledger.events.ssda903.HeaderRow;
import org.placementledger.events.ssda903.MalformedCsvException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A return's files split by child into buckets on disk (a child's rows of every file in the same bucket), so
 * that one bucket at a time is in memory whatever the size of the return, and a child's rows need not be next
 * to each other in the file. Each row keeps the line it was read from.
 */
final class ChildBuckets {

    /** One bucket's rows, by child, and what is wrong with the header rows alone. */
    record Bucket(Map<String, List<EpisodeRow>> episodes, Map<String, HeaderRow> header, Map<String, List<CostRow>> costs,
                  List<Problem> headerProblems, Map<String, Map<ReturnFile, List<Row>>> others) {

        /** The child's rows of the return's files besides episodes, for DfE's rules (every header row when it has several). */
        Map<ReturnFile, List<Row>> othersOf(String child) {
            return others.getOrDefault(child, Map.of());
        }

        /** Children with rows in the header or another file but no episode. */
        List<String> withoutEpisodes() {
            List<String> out = new ArrayList<>();
            for (String child : others.keySet()) if (!episodes.containsKey(child)) out.add(child);
            return out;
        }
    }

    private final Path folder;
    private final int buckets;
    private final long episodeRows;

    private ChildBuckets(Path folder, int buckets, long episodeRows) {
        this.folder = folder;
        this.buckets = buckets;
        this.episodeRows = episodeRows;
    }

    static ChildBuckets split(ImportRequest request, Path folder, int buckets, long maxRows)
            throws IOException {
        long rows = spill(request.episodes(), request.names().episodes(), EpisodeRow.COLUMNS, "episodes", folder, buckets, maxRows,
                (columns, record) -> EpisodeRow.read(columns, record).child());
        spill(request.header(), request.names().header(), HeaderRow.REQUIRED, "header", folder, buckets, maxRows,
                (columns, record) -> HeaderRow.read(columns, record).child());
        if (request.costs() != null) {
            spill(request.costs(), request.names().costs(), CostRow.REQUIRED, "costs", folder, buckets, maxRows,
                    (columns, record) -> CostRow.read(columns, record).child());
        }
        if (request.uasc() != null) {
            spill(request.uasc(), request.names().uasc(), List.of("CHILD", "SEX", "DOB", "DUC"), "uasc", folder, buckets, maxRows,
                    (columns, record) -> columns.get(record, "CHILD"));
        }
        for (Map.Entry<ReturnFile, Path> other : request.others().entrySet()) {
            spill(other.getValue(), request.names().nameOf(other.getKey()), other.getKey().columns(), other.getKey().name(), folder, buckets,
                    maxRows, (columns, record) -> columns.get(record, "CHILD"));
        }
        ChildBuckets split = new ChildBuckets(folder, buckets, rows);
        return split;
    }

    long episodeRows() {
        return episodeRows;
    }

    int buckets() {
        return buckets;
    }

    private interface ChildOf {
        String of(Columns columns, CsvReader.Record record);
    }

    /**
     * Copies a file's rows into the buckets, the file's column names first in each; returns the number of rows.
     * A file that is not UTF-8 is read again as Windows-1252, what spreadsheets on Windows save CSV as.
     */
    private static long spill(Path file, String name, List<String> required, String kind, Path folder, int buckets, long maxRows,
                              ChildOf childOf) throws IOException {
        try {
            return spill(file, name, required, kind, folder, buckets, maxRows, childOf, StandardCharsets.UTF_8);
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof CharacterCodingException)) throw e;
            for (int b = 0; b < buckets; b++) Files.deleteIfExists(folder.resolve(kind + "-" + b + ".csv"));
            return spill(file, name, required, kind, folder, buckets, maxRows, childOf, Charset.forName("windows-1252"));
        }
    }

    private static long spill(Path file, String name, List<String> required, String kind, Path folder, int buckets, long maxRows,
                              ChildOf childOf, Charset charset) throws IOException {
        BufferedWriter[] out = new BufferedWriter[buckets];
        long rows = 0;
        try (Reader reader = Files.newBufferedReader(file, charset); CsvReader csv = new CsvReader(reader)) {
            CsvReader.Record first = csv.next();
            if (first == null) throw new MalformedCsvException(1, "the file is empty: the first line must name the columns");
            Columns columns = Columns.of(first, required);
            String heading = CsvReader.line(withLine("LINE", first.fields()));
            for (CsvReader.Record record = csv.next(); record != null; record = csv.next()) {
                if (rows == maxRows) {
                    throw new MalformedCsvException(record.line(), "more than " + maxRows + " rows: this server takes at most "
                            + maxRows + " a file (placement-ledger.import.max-rows)");
                }
                String child = childOf.of(columns, record);
                int b = Math.floorMod(child.hashCode(), buckets);
                if (out[b] == null) {
                    out[b] = Files.newBufferedWriter(folder.resolve(kind + "-" + b + ".csv"), StandardCharsets.UTF_8);
                    out[b].write(heading);
                }
                out[b].write(CsvReader.line(withLine(Long.toString(record.line()), record.fields())));
                rows++;
            }
        } catch (MalformedCsvException e) {
            throw e.inFile(name);
        } finally {
            for (BufferedWriter w : out) if (w != null) w.close();
        }
        return rows;
    }

    private static List<String> withLine(String line, List<String> fields) {
        List<String> all = new ArrayList<>(fields.size() + 1);
        all.add(line);
        all.addAll(fields);
        return all;
    }

    Bucket read(int b, String headerName) throws IOException {
        Map<String, List<EpisodeRow>> episodes = new LinkedHashMap<>();
        readRows("episodes", b, EpisodeRow::read, row -> episodes.computeIfAbsent(row.child(), k -> new ArrayList<>()).add(row));
        Map<String, HeaderRow> header = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Map<ReturnFile, List<Row>>> others = new HashMap<>();
        readRows("header", b, HeaderRow::read, row -> {
            HeaderRow first = header.putIfAbsent(row.child(), row);
            others.computeIfAbsent(row.child(), k -> new EnumMap<>(ReturnFile.class))
                    .computeIfAbsent(ReturnFile.HEADER, k -> new ArrayList<>()).add(Row.of(ReturnFile.HEADER, row.line(), row.fields()));
            if (first != null) {
                problems.add(Problem.warning(headerName, row.line(), row.child(), "HEADER_REPEATED", "a second header row for child "
                        + row.child() + ": line " + first.line() + " is the one used"));
            }
        });
        for (ReturnFile file : ReturnFile.values()) {
            if (file == ReturnFile.HEADER || file == ReturnFile.EPISODES) continue;
            String kind = file == ReturnFile.UASC ? "uasc" : file.name();
            readRows(kind, b, (columns, record) -> rowOf(file, columns, record), row -> others
                    .computeIfAbsent(row.child(), k -> new EnumMap<>(ReturnFile.class))
                    .computeIfAbsent(file, k -> new ArrayList<>()).add(row));
        }
        for (HeaderRow h : header.values()) {
            if (!episodes.containsKey(h.child())) {
                problems.add(Problem.warning(headerName, h.line(), h.child(), "HEADER_WITHOUT_EPISODES", "child " + h.child()
                        + " is in the header but has no episode in this return: nothing is recorded for it"));
            }
        }
        Map<String, List<CostRow>> costs = new HashMap<>();
        readRows("costs", b, CostRow::read, row -> costs.computeIfAbsent(row.child(), k -> new ArrayList<>()).add(row));
        return new Bucket(episodes, header, costs, problems, others);
    }

    private static Row rowOf(ReturnFile file, Columns columns, CsvReader.Record record) {
        List<String> values = new ArrayList<>(file.columns().size());
        for (String column : file.columns()) values.add(columns.get(record, column));
        return Row.of(file, record.line(), values);
    }

    private interface RowReader<R> {
        R read(Columns columns, CsvReader.Record record);
    }

    private <R> void readRows(String kind, int b, RowReader<R> reader, java.util.function.Consumer<R> each) throws IOException {
        Path file = folder.resolve(kind + "-" + b + ".csv");
        if (!Files.exists(file)) return;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CsvReader csv = new CsvReader(in)) {
            CsvReader.Record heading = csv.next();
            Columns columns = Columns.of(new CsvReader.Record(1, heading.fields().subList(1, heading.fields().size())), List.of());
            for (CsvReader.Record record = csv.next(); record != null; record = csv.next()) {
                long line = Long.parseLong(record.fields().get(0));
                each.accept(reader.read(columns, new CsvReader.Record(line, record.fields().subList(1, record.fields().size()))));
            }
        }
    }
}
