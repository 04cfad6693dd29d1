package org.placementledger.queryside.measures;

import jakarta.servlet.http.HttpServletRequest;
import org.placementledger.events.ssda903.CsvReader;
import org.placementledger.measures.Measures;
import org.placementledger.measures.Members;
import org.placementledger.projections.timelines.TimelineIndex;
import org.placementledger.queryside.exports.ChildPseudonyms;
import org.placementledger.queryside.history.ChildEventLog;
import org.placementledger.queryside.web.InvalidQuery;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code GET /api/measures/members?measure=...&cell=...[&asAt=...][&asKnownAt=...][&from=...&to=...][&format=csv]}:
 * the children behind one figure of {@code /api/measures}, at the same date and as known at the same instant, as
 * JSON or CSV. Children's own ids, and a link to each one's history, only for a caller who may see identities;
 * anyone else gets pseudonyms, in pseudonym order so that no one can match them to ids by position.
 */
@RestController
public class MembersController {

    static final List<String> CSV_COLUMNS = List.of("child", "on", "age", "placementType", "provider", "placementStart",
            "distanceMiles", "weeklyCost", "adds");

    private final TimelineIndex timelines;
    private final Measures measures;
    private final Clock clock;
    private final ChildEventLog record;
    private final ChildPseudonyms pseudonyms;

    public MembersController(TimelineIndex timelines, Measures measures, Clock clock, ChildEventLog record, ChildPseudonyms pseudonyms) {
        this.timelines = timelines;
        this.measures = measures;
        this.clock = clock;
        this.record = record;
        this.pseudonyms = pseudonyms;
    }

    /** One child behind the figure; {@code history} is the link to their record, for callers who may see ids. */
    public record Member(String child, LocalDate on, int age, String placementType, String provider, LocalDate placementStart,
                         BigDecimal distanceMiles, BigDecimal weeklyCost, BigDecimal adds, String history) {
    }

    /**
     * @param total what the rows add up to: the figure itself, their number for a count
     * @param pseudonymised whether the children are shown by pseudonym
     */
    public record Answer(String measure, String cell, LocalDate asAt, Instant asKnownAt, LocalDate from, LocalDate to, int children,
                         BigDecimal total, boolean pseudonymised, List<Member> rows) {
    }

    @GetMapping("/api/measures/members")
    public ResponseEntity<?> members(@RequestParam(required = false) String measure, @RequestParam(required = false) String cell,
                                     @RequestParam(required = false) String asAt, @RequestParam(required = false) String asKnownAt,
                                     @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                     @RequestParam(required = false) String format, HttpServletRequest request) {
        FigureQuery query = FigureQuery.read(asAt, from, to, asKnownAt, clock);
        LocalDate date = query.asAt();
        boolean csv = format != null && !format.isBlank();
        if (csv && !format.trim().equals("csv")) throw new InvalidQuery("format", "must be csv, or left out for JSON, not '" + format + "'");
        List<Members.Row> rows;
        try {
            rows = measures.members(measure, cell, date, query.children(timelines, record), query.from(), query.to());
        } catch (Members.UnknownCell e) {
            throw new InvalidQuery(e.field(), e.getMessage());
        }
        boolean identities = request.isUserInRole("IDENTITIES");
        List<Member> shown = new ArrayList<>(rows.size());
        BigDecimal total = BigDecimal.ZERO;
        for (Members.Row r : rows) {
            String child = identities ? r.childId() : pseudonyms.of(r.childId());
            String history = identities ? "/api/children/" + UriUtils.encodePathSegment(r.childId(), StandardCharsets.UTF_8) + "/history" : null;
            shown.add(new Member(child, r.on(), r.age(), r.placementType(), r.provider(), r.placementStart(), r.distanceMiles(),
                    r.weeklyCost(), r.adds(), history));
            total = total.add(r.adds());
        }
        shown.sort(Comparator.comparing(Member::child).thenComparing(Member::on));
        Answer answer = new Answer(measure, cell, date, query.knownAt(), query.from(), query.to(), shown.size(), total, !identities, shown);
        if (!csv) return ResponseEntity.ok(answer);
        String name = "members-" + safe(measure) + (cell == null || cell.isBlank() ? "" : "-" + safe(cell)) + "-" + date
                + (identities ? "" : "-pseudonymised") + ".csv";
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(csv(shown).getBytes(StandardCharsets.UTF_8));
    }

    private static String csv(List<Member> rows) {
        StringBuilder out = new StringBuilder(CsvReader.line(CSV_COLUMNS));
        for (Member m : rows) {
            out.append(CsvReader.line(java.util.Arrays.asList(spreadsheetSafe(m.child()), text(m.on()), Integer.toString(m.age()), text(m.placementType()),
                    text(m.provider()), text(m.placementStart()), text(m.distanceMiles()), text(m.weeklyCost()), text(m.adds()))));
        }
        return out.toString();
    }

    /** A child id a recorder typed must not run as a formula in the spreadsheet that opens the file. */
    private static String spreadsheetSafe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?[\\d.,]+") ? "'" + text : text;
    }

    private static String text(Object value) {
        if (value == null) return "";
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    /** A measure or cell as part of a file name: letters, digits and dashes only. */
    private static String safe(String text) {
        return text.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
