package org.placementledger.measures.published;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * The published figures of every authority, region and England, indexed by year, area and measure; immutable, so a
 * newer release is a new instance ({@link #with}). Built from the five tables as a DfE release writes them.
 */
public final class PublishedFigures {

    /** What the DfE publishes that a council's own figure can be set beside. */
    public enum Measure {
        /** Children looked after on 31 March, per 10,000 children aged 0 to 17. */
        IN_CARE_PER_10000,
        /** Children who started to be looked after in the year, per 10,000. */
        STARTED_PER_10000,
        /** Children who ceased to be looked after in the year, per 10,000. */
        CEASED_PER_10000,
        /** Children looked after on 31 March with 3 or more placements during the year, percent. */
        THREE_OR_MORE_PLACEMENTS,
        /** Under 16s looked after for 2.5 years or more, living with the same carer for 2 years or more, percent. */
        LONG_TERM_STABILITY,
        /** New placements in the year more than 20 miles from home, percent of all new placements. */
        NEW_PLACEMENTS_OVER_20_MILES
    }

    /** One published figure: the count behind it where there is one, and the rate or percentage. */
    public record Figure(PublishedNumber count, PublishedNumber value) {
        static final Figure NOT_IN_TABLE = new Figure(PublishedNumber.MISSING, PublishedNumber.MISSING);
    }

    private record Key(int year, String area, Measure measure) {
    }

    private record Parts(PublishedNumber inside, PublishedNumber outside, PublishedNumber total) {
    }

    private static final String IN_CARE = "Children looked after on 31 March each year";
    private static final String STARTED = "Children starting to be looked after each year";
    private static final String CEASED = "Children ceasing to be looked after each year";
    private static final String ON_31_MARCH = "CLA on 31 March";
    private static final String THREE_OR_MORE = "With 3 or more placements during the year";
    private static final String LONG_TERM = "Children looked after continuously for at least 2.5 years on 31 March aged under 16 years";
    private static final String SAME_CARER = "Living with the same carer for at least 2 years";
    private static final String INSIDE_OVER_20 = "Placed inside LA boundary more than 20 miles from home";
    private static final String OUTSIDE_OVER_20 = "Placed outside LA boundary more than 20 miles from home";
    private static final String TOTAL_NEW = "Total new placements";
    private static final String CHILDREN_0_TO_17 = "Children aged 0 to 17 years";

    private final Map<PublishedTable, PublishedReader.TableData> tables;
    private final Map<Key, Figure> figures = new HashMap<>();
    private final Map<String, Area> areas = new HashMap<>();
    private final Map<String, String> codeOfOld = new HashMap<>();
    private final Map<String, java.util.NavigableMap<Integer, Long>> population = new HashMap<>();
    private final TreeSet<Integer> years = new TreeSet<>();

    private PublishedFigures(Map<PublishedTable, PublishedReader.TableData> tables) {
        this.tables = Map.copyOf(tables);
        Map<Key, Parts> distance = new HashMap<>();
        for (PublishedReader.TableData data : tables.values()) {
            for (PublishedReader.FigureRow row : data.rows()) index(row, data.table(), distance);
        }
        distance.forEach((key, parts) -> figures.put(key, overTwentyMiles(parts)));
    }

    /** The tables shipped with Placement Ledger. */
    public static PublishedFigures shipped() {
        Map<PublishedTable, PublishedReader.TableData> tables = new EnumMap<>(PublishedTable.class);
        for (PublishedTable table : PublishedTable.values()) {
            try (InputStream in = PublishedFigures.class.getResourceAsStream("/published/" + table.fileName())) {
                if (in == null) throw new IllegalStateException("the shipped table " + table.fileName() + " is missing from the jar");
                PublishedReader.Result read = PublishedReader.read(table, new InputStreamReader(in, StandardCharsets.UTF_8));
                if (!read.ok()) throw new IllegalStateException("the shipped table " + table.fileName() + " does not read: " + read.problems().get(0));
                tables.put(table, read.data());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new PublishedFigures(tables);
    }

    /** These figures with one table replaced, as by a newer release. */
    public PublishedFigures with(PublishedReader.TableData table) {
        Map<PublishedTable, PublishedReader.TableData> next = new EnumMap<>(PublishedTable.class);
        next.putAll(tables);
        next.put(table.table(), table);
        return new PublishedFigures(next);
    }

    private void index(PublishedReader.FigureRow row, PublishedTable table, Map<Key, Parts> distance) {
        Area area = row.area();
        areas.putIfAbsent(area.code(), area);
        if (area.oldCode() != null) codeOfOld.putIfAbsent(area.oldCode(), area.code());
        switch (table) {
            case CHILDREN_LOOKED_AFTER -> {
                Measure m = switch (row.group()) {
                    case IN_CARE -> Measure.IN_CARE_PER_10000;
                    case STARTED -> Measure.STARTED_PER_10000;
                    case CEASED -> Measure.CEASED_PER_10000;
                    default -> null;
                };
                if (m != null) put(row.year(), area, m, new Figure(row.count(), row.value()));
            }
            case PLACEMENT_STABILITY -> {
                if (ON_31_MARCH.equals(row.group()) && THREE_OR_MORE.equals(row.breakdown())) {
                    put(row.year(), area, Measure.THREE_OR_MORE_PLACEMENTS, new Figure(row.count(), row.value()));
                } else if (LONG_TERM.equals(row.group()) && SAME_CARER.equals(row.breakdown())) {
                    put(row.year(), area, Measure.LONG_TERM_STABILITY, new Figure(row.count(), row.value()));
                }
            }
            case NEW_PLACEMENTS -> {
                Key key = new Key(row.year(), area.code(), Measure.NEW_PLACEMENTS_OVER_20_MILES);
                Parts parts = distance.getOrDefault(key, new Parts(null, null, null));
                if (INSIDE_OVER_20.equals(row.breakdown())) parts = new Parts(row.count(), parts.outside(), parts.total());
                else if (OUTSIDE_OVER_20.equals(row.breakdown())) parts = new Parts(parts.inside(), row.count(), parts.total());
                else if (TOTAL_NEW.equals(row.breakdown())) parts = new Parts(parts.inside(), parts.outside(), row.count());
                else return;
                distance.put(key, parts);
                years.add(row.year());
            }
            case POPULATION -> {
                if (CHILDREN_0_TO_17.equals(row.group()) && row.count().published()) {
                    population.computeIfAbsent(area.code(), c -> new java.util.TreeMap<>()).put(row.year(), row.count().value().longValue());
                }
            }
            default -> {
            }
        }
    }

    private void put(int year, Area area, Measure measure, Figure figure) {
        figures.put(new Key(year, area.code(), measure), figure);
        years.add(year);
    }

    /** More than 20 miles, inside and outside the boundary together, of all new placements: made from the counts. */
    private static Figure overTwentyMiles(Parts p) {
        if (p.inside() == null || p.outside() == null || p.total() == null) return Figure.NOT_IN_TABLE;
        if (!p.inside().published() || !p.outside().published()) {
            String mark = !p.inside().published() ? p.inside().notPublished() : p.outside().notPublished();
            return new Figure(new PublishedNumber(null, mark), new PublishedNumber(null, mark));
        }
        if (!p.total().published() || p.total().value().signum() == 0) return new Figure(p.total(), p.total());
        BigDecimal over = p.inside().value().add(p.outside().value());
        return new Figure(new PublishedNumber(over, null),
                new PublishedNumber(over.multiply(BigDecimal.valueOf(100)).divide(p.total().value(), 1, RoundingMode.HALF_UP), null));
    }

    public Figure figure(int year, String areaCode, Measure measure) {
        return figures.getOrDefault(new Key(year, areaCode, measure), Figure.NOT_IN_TABLE);
    }

    public Optional<Area> area(String code) {
        return Optional.ofNullable(areas.get(code));
    }

    /** The authority's ten statistical neighbours, nearest first; none for an authority the model does not hold. */
    public List<Area> neighboursOf(String code) {
        Area area = areas.get(code);
        if (area == null || area.oldCode() == null) return List.of();
        List<Area> out = new ArrayList<>();
        PublishedReader.TableData model = tables.get(PublishedTable.STATISTICAL_NEIGHBOURS);
        for (String old : model == null ? List.<String>of() : model.neighbours().getOrDefault(area.oldCode(), List.of())) {
            String neighbour = codeOfOld.get(old);
            if (neighbour != null) out.add(areas.get(neighbour));
        }
        return out;
    }

    /** The years ending 31 March the tables hold figures for. */
    public java.util.SortedSet<Integer> years() {
        return java.util.Collections.unmodifiableSortedSet(years);
    }

    public OptionalInt latestYear() {
        return years.isEmpty() ? OptionalInt.empty() : OptionalInt.of(years.last());
    }

    /**
     * Children aged 0 to 17 in the area in the mid-year estimate for {@code midYear}, or in the latest estimate
     * before it when the table does not reach it (the estimate year is given with it).
     */
    public Optional<Population> childPopulation(String areaCode, int midYear) {
        var byYear = population.get(areaCode);
        if (byYear == null) return Optional.empty();
        var at = byYear.floorEntry(midYear);
        if (at == null) at = byYear.firstEntry();
        return Optional.of(new Population(at.getKey(), at.getValue()));
    }

    /** @param midYear the ONS mid-year estimate the number is of */
    public record Population(int midYear, long children) {
    }
}
