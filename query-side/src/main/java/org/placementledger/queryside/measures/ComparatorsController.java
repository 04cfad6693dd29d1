package org.placementledger.queryside.measures;

import org.placementledger.events.ssda903.CsvReader;
import org.placementledger.measures.Measures;
import org.placementledger.measures.MeasuresReport;
import org.placementledger.measures.published.Area;
import org.placementledger.measures.published.Comparison;
import org.placementledger.measures.published.CouncilFigures;
import org.placementledger.measures.published.PublishedFigures;
import org.placementledger.measures.published.PublishedFiguresHolder;
import org.placementledger.projections.timelines.TimelineIndex;
import org.placementledger.queryside.history.ChildEventLog;
import org.placementledger.queryside.web.InvalidQuery;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/measures/comparators?asAt=...[&asKnownAt=...][&neighbours=true][&format=csv]}: the council's rates
 * per 10,000 children, stability and distance beside England's, its region's and the average of its ten statistical
 * neighbours', for the year ending 31 March that the as-at date falls in (when published) and the latest published
 * year. The council's own figures come from its events, as at the date and as known at the instant; the others from
 * the DfE's published tables.
 */
@RestController
public class ComparatorsController {

    public static final String ATTRIBUTION = "Contains public sector information licensed under the Open Government Licence v3.0. "
            + "Source: Department for Education, Children looked after in England including adoptions; Office for National Statistics, "
            + "mid-year population estimates.";

    /**
     * @param councilAreaCode the council's authority code (the out-of-area one)
     * @param childPopulation children aged 0 to 17 in the council's area, when the council gives its own; null for ONS's
     */
    public record Settings(String councilAreaCode, Long childPopulation) {
    }

    /** @param midYear the ONS mid-year estimate the number is of; null for a figure the council configured */
    public record PopulationUsed(long children, Integer midYear, String source) {
    }

    /** One measure: the council's own figure and, for each year, the comparators. */
    public record Line(PublishedFigures.Measure measure, String label, String unit, BigDecimal council, Long councilCount, String councilNote,
                       Comparison matchingYear, Comparison latestYear) {
    }

    /**
     * @param matchingYear the year ending 31 March the as-at date falls in, when the tables hold it; else null
     *                     ({@code matchingYearNote} says so)
     */
    public record Answer(LocalDate asAt, Instant asKnownAt, LocalDate flowsFrom, LocalDate flowsTo, Area council, PopulationUsed population,
                         Integer matchingYear, String matchingYearNote, Integer latestYear, List<Line> measures, String attribution) {
    }

    /** One year ending 31 March: the council's figure as at that day, and the three comparators. */
    public record YearPoint(int year, BigDecimal council, BigDecimal england, BigDecimal region, BigDecimal neighboursAverage) {
    }

    /** A measure year by year, for a chart of the council against England, its region and its neighbours. */
    public record Series(PublishedFigures.Measure measure, String label, String unit, List<YearPoint> years) {
    }

    public record History(Instant asKnownAt, Area council, List<Series> measures, String attribution) {
    }

    private static final Map<PublishedFigures.Measure, String[]> LABELS = Map.of(
            PublishedFigures.Measure.IN_CARE_PER_10000, new String[]{"Children in care per 10,000 children aged 0 to 17", "per 10,000"},
            PublishedFigures.Measure.STARTED_PER_10000, new String[]{"Children starting care in the year per 10,000", "per 10,000"},
            PublishedFigures.Measure.CEASED_PER_10000, new String[]{"Children ceasing care in the year per 10,000", "per 10,000"},
            PublishedFigures.Measure.THREE_OR_MORE_PLACEMENTS, new String[]{"Children in care with 3 or more placements in the year", "%"},
            PublishedFigures.Measure.LONG_TERM_STABILITY, new String[]{"Under 16s in care 2.5 years or more, with the same carer 2 years", "%"},
            PublishedFigures.Measure.NEW_PLACEMENTS_OVER_20_MILES, new String[]{"New placements in the year more than 20 miles from home", "%"});

    private final TimelineIndex timelines;
    private final Measures measures;
    private final Clock clock;
    private final ChildEventLog record;
    private final PublishedFiguresHolder published;
    private final Settings settings;

    public ComparatorsController(TimelineIndex timelines, Measures measures, Clock clock, ChildEventLog record,
                                 PublishedFiguresHolder published, Settings settings) {
        this.timelines = timelines;
        this.measures = measures;
        this.clock = clock;
        this.record = record;
        this.published = published;
        this.settings = settings;
    }

    @GetMapping("/api/measures/comparators")
    public ResponseEntity<?> comparators(@RequestParam(required = false) String asAt, @RequestParam(required = false) String asKnownAt,
                                         @RequestParam(required = false) String neighbours, @RequestParam(required = false) String format) {
        FigureQuery asked = FigureQuery.read(asAt, null, null, asKnownAt, clock);
        boolean eachNeighbour = flag("neighbours", neighbours);
        boolean csv = format != null && !format.isBlank();
        if (csv && !format.trim().equals("csv")) throw new InvalidQuery("format", "must be csv, or left out for JSON, not '" + format + "'");
        Answer answer = answer(asked, eachNeighbour);
        if (!csv) return ResponseEntity.ok(answer);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"comparators-" + answer.asAt() + ".csv\"")
                .body(csv(answer).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code GET /api/measures/comparators/years[?asKnownAt=...]}: each measure for every year ending 31 March the
     * published tables hold, the council's own as at each 31 March (with the flows of the year to it).
     */
    @GetMapping("/api/measures/comparators/years")
    public History years(@RequestParam(required = false) String asKnownAt) {
        FigureQuery asked = FigureQuery.read(null, null, null, asKnownAt, clock);
        PublishedFigures figures = published.current();
        LocalDate today = LocalDate.now(clock);
        Map<PublishedFigures.Measure, List<YearPoint>> points = new java.util.EnumMap<>(PublishedFigures.Measure.class);
        for (int year : figures.years()) {
            LocalDate yearEnd = LocalDate.of(year, 3, 31);
            Map<PublishedFigures.Measure, CouncilFigures.Own> own = null;
            if (!yearEnd.isAfter(today)) {
                Answer at = answer(new FigureQuery(yearEnd, null, null, asked.knownAt()), false);
                own = new java.util.EnumMap<>(PublishedFigures.Measure.class);
                for (Line line : at.measures()) own.put(line.measure(), new CouncilFigures.Own(line.council(), line.councilCount(), line.councilNote()));
            }
            for (PublishedFigures.Measure m : PublishedFigures.Measure.values()) {
                Comparison c = Comparison.of(figures, settings.councilAreaCode(), m, year, false);
                points.computeIfAbsent(m, k -> new ArrayList<>()).add(new YearPoint(year, own == null ? null : own.get(m).value(),
                        c.england().value(), c.region().value(), c.neighboursAverage()));
            }
        }
        List<Series> series = new ArrayList<>();
        for (PublishedFigures.Measure m : PublishedFigures.Measure.values()) {
            series.add(new Series(m, LABELS.get(m)[0], LABELS.get(m)[1], List.copyOf(points.getOrDefault(m, List.of()))));
        }
        Area council = figures.area(settings.councilAreaCode())
                .orElse(new Area(Area.Level.LOCAL_AUTHORITY, settings.councilAreaCode(), null, null, null));
        return new History(asked.knownAt(), council, List.copyOf(series), ATTRIBUTION);
    }

    private Answer answer(FigureQuery asked, boolean eachNeighbour) {
        LocalDate date = asked.asAt();
        // The flows of the 12 months to the date: at 31 March, the DfE's year.
        FigureQuery query = new FigureQuery(date, date.minusYears(1).plusDays(1), date, asked.knownAt());
        MeasuresReport report = measures.over(date, query.children(timelines, record), query.from(), query.to());
        PublishedFigures figures = published.current();
        String code = settings.councilAreaCode();
        int year = Comparison.collectionYearOf(date);
        PopulationUsed population = population(figures, code, year);
        Map<PublishedFigures.Measure, CouncilFigures.Own> own = CouncilFigures.of(report, population == null ? 0 : population.children());
        Integer latest = figures.latestYear().isPresent() ? figures.latestYear().getAsInt() : null;
        boolean matching = figures.years().contains(year);
        List<Line> lines = new ArrayList<>();
        for (PublishedFigures.Measure m : PublishedFigures.Measure.values()) {
            CouncilFigures.Own mine = own.get(m);
            String[] label = LABELS.get(m);
            lines.add(new Line(m, label[0], label[1], mine.value(), mine.count(),
                    population == null && mine.value() == null ? "no child population is known for " + code + "; set placement-ledger.published.child-population" : mine.note(),
                    matching ? Comparison.of(figures, code, m, year, eachNeighbour) : null,
                    latest == null ? null : Comparison.of(figures, code, m, latest, eachNeighbour)));
        }
        Area council = figures.area(code).orElse(new Area(Area.Level.LOCAL_AUTHORITY, code, null, null, null));
        return new Answer(date, asked.knownAt(), query.from(), query.to(), council, population, matching ? year : null,
                matching ? null : "the DfE has not published the year ending 31 March " + year + " in the tables loaded; the latest is " + latest,
                latest, List.copyOf(lines), ATTRIBUTION);
    }

    private PopulationUsed population(PublishedFigures figures, String code, int year) {
        if (settings.childPopulation() != null) return new PopulationUsed(settings.childPopulation(), null, "configured (placement-ledger.published.child-population)");
        // The DfE's rates for the year ending 31 March Y are made with the ONS mid-year estimate of Y - 1.
        return figures.childPopulation(code, year - 1)
                .map(p -> new PopulationUsed(p.children(), p.midYear(), "ONS mid-year estimate " + p.midYear()))
                .orElse(null);
    }

    private static boolean flag(String name, String value) {
        if (value == null || value.isBlank() || value.equals("false")) return false;
        if (value.equals("true")) return true;
        throw new InvalidQuery(name, "must be true or false, not '" + value + "'");
    }

    private static String csv(Answer a) {
        StringBuilder out = new StringBuilder(CsvReader.line(List.of("measure", "label", "unit", "year", "comparator", "area", "value", "not_published")));
        for (Line line : a.measures()) {
            out.append(row(line, "as at " + a.asAt(), "council", a.council().code(), line.council(), line.councilNote()));
            for (Comparison c : Arrays.asList(line.matchingYear(), line.latestYear())) {
                if (c == null || (c == line.latestYear() && line.matchingYear() != null && line.matchingYear().year() == c.year())) continue;
                String y = Integer.toString(c.year());
                out.append(row(line, y, "England", c.england().area(), c.england().value(), c.england().notPublished()));
                out.append(row(line, y, "region", c.region().area(), c.region().value(), c.region().notPublished()));
                out.append(row(line, y, "statistical neighbours (average of " + c.neighboursPublished() + ")", "",
                        c.neighboursAverage(), c.neighboursAverage() == null ? "none published" : null));
                for (Comparison.Side n : c.neighbours()) out.append(row(line, y, "neighbour " + n.name(), n.area(), n.value(), n.notPublished()));
            }
        }
        return out.toString();
    }

    private static String row(Line line, String year, String comparator, String area, BigDecimal value, String notPublished) {
        return CsvReader.line(Arrays.asList(line.measure().name(), line.label(), line.unit(), year, comparator, area == null ? "" : area,
                value == null ? "" : value.toPlainString(), notPublished == null ? "" : notPublished));
    }
}
