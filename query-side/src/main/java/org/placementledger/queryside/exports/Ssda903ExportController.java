package org.placementledger.queryside.exports;

import org.placementledger.events.codes.ReportingYear;
import org.placementledger.events.ssda903.CsvReader;
import org.placementledger.events.ssda903.HeaderRow;
import org.placementledger.events.ssda903.ReturnFile;
import org.placementledger.queryside.web.InvalidQuery;
import org.placementledger.queryside.web.QueryParameters;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code GET /api/exports/ssda903?year=2024[&asKnownAt=...][&file=episodes|header]}: the 903 return of the
 * collection year ending 31 March {@code year}, from the events as known at the instant (now by default).
 * Both files in a zip, or one of them as CSV. Children's own ids only for a caller who may see identities
 * (the {@code IDENTITIES} role); anyone else gets pseudonyms ({@link Pseudonymised}).
 */
@RestController
public class Ssda903ExportController {

    private final Ssda903Export export;
    private final Clock clock;
    private final ChildPseudonyms pseudonyms;

    public Ssda903ExportController(Ssda903Export export, Clock clock, ChildPseudonyms pseudonyms) {
        this.export = export;
        this.clock = clock;
        this.pseudonyms = pseudonyms;
    }

    @GetMapping("/api/exports/ssda903")
    public ResponseEntity<byte[]> export(@RequestParam(required = false) String year, @RequestParam(required = false) String asKnownAt,
                                         @RequestParam(required = false) String file,
                                         jakarta.servlet.http.HttpServletRequest request) throws IOException {
        if (year == null || year.isBlank()) {
            throw new InvalidQuery("year", "is required: the year the collection year ends in (2024 for the year ending 31 March 2024)");
        }
        int endYear;
        try {
            endYear = Integer.parseInt(year.trim());
        } catch (NumberFormatException e) {
            throw new InvalidQuery("year", "must be a year such as 2024, not '" + year + "'");
        }
        if (endYear < 1990 || endYear > 2100) throw new InvalidQuery("year", "must be between 1990 and 2100, not " + endYear);
        Instant now = clock.instant();
        Instant knownAt = QueryParameters.instant("asKnownAt", asKnownAt, now);
        if (knownAt.isAfter(now)) throw new InvalidQuery("asKnownAt", "must not be in the future (" + knownAt + ")");
        String which = file == null || file.isBlank() ? "zip" : file.trim();
        List<String> others = java.util.Arrays.stream(ReturnFile.values()).filter(ReturnFile::keptAsWritten).map(ReturnFile::part).toList();
        if (!List.of("zip", "episodes", "header").contains(which) && !others.contains(which)) {
            throw new InvalidQuery("file", "must be episodes, header, " + String.join(", ", others)
                    + " (or left out for all of them in a zip), not '" + file + "'");
        }
        Ssda903Export.Return r = export.of(new ReportingYear(endYear - 1), knownAt);
        String base = "ssda903-" + endYear;
        boolean identities = request.isUserInRole("IDENTITIES");
        List<List<String>> episodeRows = identities ? r.episodes() : Pseudonymised.rows(Ssda903Export.EPISODE_COLUMNS, r.episodes(), pseudonyms::of);
        List<List<String>> headerRows = identities ? r.header() : Pseudonymised.rows(HeaderRow.COLUMNS, r.header(), pseudonyms::of);
        byte[] episodes = csv(Ssda903Export.EPISODE_COLUMNS, episodeRows);
        byte[] header = csv(HeaderRow.COLUMNS, headerRows);
        Map<ReturnFile, byte[]> otherFiles = new java.util.EnumMap<>(ReturnFile.class);
        for (ReturnFile f : ReturnFile.values()) {
            if (!f.keptAsWritten()) continue;
            List<List<String>> rows = identities ? r.rowsOf(f) : Pseudonymised.rows(f.columns(), r.rowsOf(f), pseudonyms::of);
            otherFiles.put(f, csv(f.columns(), rows));
        }
        MediaType csv = new MediaType("text", "csv", StandardCharsets.UTF_8);
        String pseudonymous = identities ? "" : "-pseudonymised";
        base = base + pseudonymous;
        return switch (which) {
            case "episodes" -> download(episodes, csv, base + "-episodes.csv");
            case "header" -> download(header, csv, base + "-header.csv");
            case "zip" -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (ZipOutputStream zip = new ZipOutputStream(out)) {
                    zip.putNextEntry(new ZipEntry(base + "-episodes.csv"));
                    zip.write(episodes);
                    zip.closeEntry();
                    zip.putNextEntry(new ZipEntry(base + "-header.csv"));
                    zip.write(header);
                    zip.closeEntry();
                    for (Map.Entry<ReturnFile, byte[]> other : otherFiles.entrySet()) {
                        // A file of the return the ledger holds nothing of for the year is left out, as a council sends none.
                        if (r.rowsOf(other.getKey()).isEmpty()) continue;
                        zip.putNextEntry(new ZipEntry(base + "-" + other.getKey().defaultName()));
                        zip.write(other.getValue());
                        zip.closeEntry();
                    }
                }
                yield download(out.toByteArray(), new MediaType("application", "zip"), base + ".zip");
            }
            default -> {
                ReturnFile f = java.util.Arrays.stream(ReturnFile.values()).filter(x -> x.keptAsWritten() && x.part().equals(which)).findFirst().orElseThrow();
                yield download(otherFiles.get(f), csv, base + "-" + f.defaultName());
            }
        };
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(body);
    }

    private static byte[] csv(List<String> columns, List<List<String>> rows) {
        StringBuilder out = new StringBuilder(CsvReader.line(columns));
        for (List<String> row : rows) out.append(CsvReader.line(row));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
