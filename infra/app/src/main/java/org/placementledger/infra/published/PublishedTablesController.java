package org.placementledger.infra.published;

import org.bson.Document;
import org.placementledger.infra.web.InvalidField;
import org.placementledger.measures.published.PublishedFigures;
import org.placementledger.measures.published.PublishedFiguresHolder;
import org.placementledger.measures.published.PublishedReader;
import org.placementledger.measures.published.PublishedTable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.io.StringReader;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The published tables in use, and a newer DfE release of one loaded without a new version of the application:
 * {@code POST /api/admin/published/{table}} with the table's CSV as the body, in the layout of the DfE's file. Every
 * row is checked first; a table with any problem is refused whole, each problem named with its line and column, and
 * the tables in use stay as they were. Administrators only.
 */
@RestController
public class PublishedTablesController {

    /** @param loaded when and by whom a table was loaded over the shipped one; null for the shipped table */
    public record TableInUse(String table, String fileName, String loadedBy, java.time.Instant loadedAt) {
    }

    public record Tables(List<TableInUse> tables, java.util.SortedSet<Integer> years, String attribution) {
    }

    public record Loaded(String table, String fileName, int rows, java.util.SortedSet<Integer> years) {
    }

    private final PublishedTables stored;
    private final PublishedFiguresHolder figures;
    private final Clock clock;

    public PublishedTablesController(PublishedTables stored, PublishedFiguresHolder figures, Clock clock) {
        this.stored = stored;
        this.figures = figures;
        this.clock = clock;
    }

    @GetMapping("/api/admin/published")
    public Tables tables() {
        List<TableInUse> out = new ArrayList<>();
        for (PublishedTable t : PublishedTable.values()) {
            Document d = stored.stored(t);
            out.add(new TableInUse(t.urlName(), t.fileName(), d == null ? null : d.getString("loadedBy"),
                    d == null ? null : d.getDate("loadedAt").toInstant()));
        }
        return new Tables(out, figures.current().years(), org.placementledger.queryside.measures.ComparatorsController.ATTRIBUTION);
    }

    @PostMapping("/api/admin/published/{table}")
    public ResponseEntity<?> load(@PathVariable String table, @RequestBody(required = false) String body, Principal who) {
        PublishedTable which = PublishedTable.named(table);
        if (which == null) {
            throw new InvalidField("table", "no published table is called '" + table + "'; one of "
                    + Arrays.stream(PublishedTable.values()).map(PublishedTable::urlName).toList());
        }
        if (body == null || body.isBlank()) throw new InvalidField("body", "the body must be the table's CSV, with its header line");
        PublishedReader.Result read = PublishedReader.read(which, new StringReader(body));
        if (!read.ok()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, read.problems().size()
                    + " problem(s) in " + which.fileName() + "; nothing was loaded and the tables in use are unchanged");
            problem.setType(URI.create("/problems/published-table-invalid"));
            problem.setTitle("Published table refused");
            problem.setProperty("errors", read.problems().stream()
                    .map(p -> Map.of("line", p.line(), "field", p.column() == null ? "" : p.column(), "message", p.message())).toList());
            return ResponseEntity.badRequest().body(problem);
        }
        stored.store(which, body, who == null ? "unknown" : who.getName(), clock.instant());
        PublishedFigures now = figures.replace(read.data());
        int rows = which == PublishedTable.STATISTICAL_NEIGHBOURS ? read.data().neighbours().size() : read.data().rows().size();
        return ResponseEntity.ok(new Loaded(which.urlName(), which.fileName(), rows, now.years()));
    }
}
