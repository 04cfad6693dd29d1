package org.placementledger.queryside.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.placementledger.events.json.LedgerJson;
import org.placementledger.measures.MeasuresReport;
import org.placementledger.projections.timelines.TimelineIndex;
import org.placementledger.queryside.measures.MeasuresController;
import org.placementledger.queryside.web.InvalidQuery;
import org.placementledger.queryside.web.NotFound;
import org.placementledger.queryside.web.QueryParameters;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reports saved by name with a fingerprint of their figures; run again, the service proves the figures as known
 * at the saved instant are unchanged, and shows what would differ as known now.
 */
@RestController
public class ReportsController {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 _.()-]{0,99}");
    private static final ObjectMapper JSON = LedgerJson.mapper();

    private final MeasuresController measures;
    private final TimelineIndex timelines;
    private final SavedReports saved;
    private final Clock clock;

    public ReportsController(MeasuresController measures, TimelineIndex timelines, SavedReports saved, Clock clock) {
        this.measures = measures;
        this.timelines = timelines;
        this.saved = saved;
        this.clock = clock;
    }

    /**
     * @param asKnownAt the instant the figures are as known at; by default the latest recording the projections
     *                  have taken in, so that an event still on its way cannot change the figures on a re-run
     */
    public record SaveRequest(String name, String asAt, String asKnownAt, String from, String to) {
    }

    @PostMapping("/api/reports")
    public ResponseEntity<?> save(@RequestBody SaveRequest request, @RequestHeader(value = "X-Recorded-By", required = false) String claimed,
                                  java.security.Principal principal) {
        // The signed-in user; a name the request gives itself counts only where nobody signs in.
        String by = principal != null ? principal.getName() : claimed;
        if (request.name() == null || !NAME.matcher(request.name()).matches()) {
            throw new InvalidQuery("name", "must be 1 to 100 letters, digits, spaces or . _ ( ) -, starting with a letter or digit");
        }
        if (request.asAt() == null || request.asAt().isBlank()) throw new InvalidQuery("asAt", "is required, as YYYY-MM-DD");
        Instant asKnownAt = QueryParameters.instant("asKnownAt", request.asKnownAt(), null);
        if (asKnownAt == null) asKnownAt = timelines.latestRecordedAt().orElse(clock.instant());
        // Kept to the millisecond, as stored; a re-run asks for exactly the instant saved.
        asKnownAt = asKnownAt.truncatedTo(ChronoUnit.MILLIS);
        MeasuresReport report = measures.measures(request.asAt(), request.from(), request.to(), asKnownAt.toString());
        String figures = json(report);
        SavedReport toSave = new SavedReport(request.name(), report.asAt(), asKnownAt,
                report.flows() == null ? null : report.flows().from(), report.flows() == null ? null : report.flows().to(),
                fingerprint(figures), clock.instant(), by == null ? "unknown" : by, figures);
        if (!saved.save(toSave)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "a report named '" + request.name() + "' is saved already; saved reports are never replaced");
            problem.setType(URI.create("/problems/report-exists"));
            problem.setTitle("Report exists");
            return ResponseEntity.of(problem).build();
        }
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/reports/" + request.name().replace(" ", "%20"))).body(toSave);
    }

    @GetMapping("/api/reports")
    public List<SavedReport> all() {
        return saved.all();
    }

    @GetMapping("/api/reports/{name}")
    public SavedReport one(@PathVariable String name) {
        return saved.find(name).orElseThrow(() -> new NotFound("no report named '" + name + "' is saved"));
    }

    /** Runs a saved report again, as known at its saved instant and as known now. */
    @PostMapping("/api/reports/{name}/check")
    public ReportCheck check(@PathVariable String name) {
        SavedReport report = one(name);
        String from = report.from() == null ? null : report.from().toString();
        String to = report.to() == null ? null : report.to().toString();
        String then = json(measures.measures(report.asAt().toString(), from, to, report.asKnownAt().toString()));
        String now = json(measures.measures(report.asAt().toString(), from, to, null));
        String thenPrint = fingerprint(then);
        return new ReportCheck(name, report.fingerprint(), thenPrint, thenPrint.equals(report.fingerprint()),
                differences(report.figures(), then), fingerprint(now), differences(report.figures(), now));
    }

    private static List<ReportCheck.Difference> differences(String saved, String rerun) {
        try {
            return JsonDifferences.between(JSON.readTree(saved), JSON.readTree(rerun));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a saved report's figures are not JSON", e);
        }
    }

    private static String json(MeasuresReport report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a report as JSON", e);
        }
    }

    static String fingerprint(String figures) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(figures.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
