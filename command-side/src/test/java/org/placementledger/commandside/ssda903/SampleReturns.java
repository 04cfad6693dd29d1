package org.placementledger.commandside.ssda903;

import org.placementledger.events.ssda903.Columns;
import org.placementledger.events.ssda903.CsvReader;
import org.placementledger.events.ssda903.EpisodeRow;
import org.placementledger.events.ssda903.HeaderRow;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The synthetic council's five 903 returns kept in the project's {@code samples/ssda903}, read whole (they are small). */
final class SampleReturns {

    static final Path FOLDER = locate();

    private SampleReturns() {
    }

    private static Path locate() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("samples/ssda903");
            if (Files.isDirectory(candidate)) return candidate;
        }
        throw new IllegalStateException("samples/ssda903 is not found above " + Path.of("").toAbsolutePath());
    }

    static Map<String, List<EpisodeRow>> episodes(int fileYear) throws IOException {
        Map<String, List<EpisodeRow>> byChild = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(FOLDER.resolve(fileYear + "-episodes.csv")); CsvReader csv = new CsvReader(r)) {
            Columns columns = Columns.of(csv.next(), EpisodeRow.COLUMNS);
            for (CsvReader.Record rec = csv.next(); rec != null; rec = csv.next()) {
                EpisodeRow row = EpisodeRow.read(columns, rec);
                byChild.computeIfAbsent(row.child(), k -> new ArrayList<>()).add(row);
            }
        }
        return byChild;
    }

    static Map<String, HeaderRow> header(int fileYear) throws IOException {
        Map<String, HeaderRow> byChild = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(FOLDER.resolve(fileYear + "-header.csv")); CsvReader csv = new CsvReader(r)) {
            Columns columns = Columns.of(csv.next(), HeaderRow.REQUIRED);
            for (CsvReader.Record rec = csv.next(); rec != null; rec = csv.next()) {
                HeaderRow row = HeaderRow.read(columns, rec);
                byChild.put(row.child(), row);
            }
        }
        return byChild;
    }
}
