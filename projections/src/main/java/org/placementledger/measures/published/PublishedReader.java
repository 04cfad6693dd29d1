package org.placementledger.measures.published;

import org.placementledger.events.ssda903.CsvReader;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one published table, checking every row: a column missing from the header, a year, level, area or figure
 * that cannot be read is a problem naming the line and the column. A table with any problem is not taken at all.
 */
public final class PublishedReader {

    /** What is wrong with a table: the line (1 is the header) and the column. */
    public record Problem(long line, String column, String message) {
    }

    /**
     * One figure of a table of figures: its year (ending 31 March; the mid-year for the population), area and kind.
     *
     * @param value the rate or percentage published beside the count (the count again for the population)
     * @param base  the child population a rate was made with; null where the table gives none
     */
    public record FigureRow(int year, Area area, String group, String breakdown, PublishedNumber count, PublishedNumber value,
                            PublishedNumber base) {
    }

    /** A table as read: its figure rows, or for the statistical neighbours each authority's ten, nearest first. */
    public record TableData(PublishedTable table, List<FigureRow> rows, Map<String, List<String>> neighbours) {
    }

    public record Result(TableData data, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final int MAX_PROBLEMS = 200;

    private PublishedReader() {
    }

    public static Result read(PublishedTable table, Reader text) {
        List<Problem> problems = new ArrayList<>();
        List<FigureRow> rows = new ArrayList<>();
        Map<String, List<String>> neighbours = new LinkedHashMap<>();
        try (CsvReader csv = new CsvReader(text)) {
            CsvReader.Record header = csv.next();
            if (header == null) return new Result(null, List.of(new Problem(1, null, "the file is empty; a header line is needed")));
            Map<String, Integer> at = new HashMap<>();
            for (int i = 0; i < header.fields().size(); i++) at.put(header.fields().get(i).trim().replace("\uFEFF", ""), i);
            for (String column : table.requiredColumns()) {
                if (!at.containsKey(column)) problems.add(new Problem(1, column, "the header has no column " + column + " (a " + table.fileName() + " of a DfE release has it)"));
            }
            if (table == PublishedTable.STATISTICAL_NEIGHBOURS) {
                for (int n = 1; n <= 10; n++) if (!at.containsKey("SN_" + n)) problems.add(new Problem(1, "SN_" + n, "the header has no column SN_" + n));
            }
            if (!problems.isEmpty()) return new Result(null, problems);
            for (CsvReader.Record record = csv.next(); record != null && problems.size() < MAX_PROBLEMS; record = csv.next()) {
                Row row = new Row(record, at, problems);
                if (record.fields().stream().allMatch(String::isBlank)) continue;
                if (table == PublishedTable.STATISTICAL_NEIGHBOURS) {
                    String la = row.code("old_la_code");
                    List<String> ten = new ArrayList<>();
                    for (int n = 1; n <= 10; n++) {
                        String sn = row.code("SN_" + n);
                        if (sn != null) ten.add(sn);
                    }
                    if (la != null && ten.size() == 10) neighbours.put(la, List.copyOf(ten));
                    continue;
                }
                FigureRow figure = figure(table, row);
                if (figure != null) rows.add(figure);
            }
        } catch (RuntimeException e) {
            problems.add(new Problem(0, null, "the file cannot be read as CSV: " + e.getMessage()));
        }
        return problems.isEmpty() ? new Result(new TableData(table, List.copyOf(rows), Map.copyOf(neighbours)), List.of())
                : new Result(null, List.copyOf(problems));
    }

    private static FigureRow figure(PublishedTable table, Row row) {
        Integer year = row.year();
        Area area = row.area();
        PublishedNumber count;
        PublishedNumber value;
        String group;
        String breakdown = null;
        PublishedNumber base = null;
        switch (table) {
            case CHILDREN_LOOKED_AFTER -> {
                group = row.text("population_type");
                count = row.number("children_count");
                value = row.number("rate_per_10000");
                base = row.number("population_estimate");
            }
            case PLACEMENT_STABILITY -> {
                group = row.text("cla_group");
                breakdown = row.text("placement_stability");
                count = row.number("children_count");
                value = row.number("children_percent");
            }
            case NEW_PLACEMENTS -> {
                group = row.text("characteristic");
                breakdown = row.text("breakdown");
                count = row.number("children_count");
                value = row.number("children_percent");
            }
            case POPULATION -> {
                group = row.text("age_group");
                count = row.number("population_estimate");
                value = count;
            }
            default -> throw new IllegalStateException(table.name());
        }
        if (year == null || area == null || count == null || value == null || group == null) return null;
        return new FigureRow(year, area, group, breakdown, count, value, base);
    }

    /** One line of the file, its fields read by column name, each problem noted with the line and column. */
    private record Row(CsvReader.Record record, Map<String, Integer> at, List<Problem> problems) {

        String raw(String column) {
            Integer i = at.get(column);
            return i == null || i >= record.fields().size() ? "" : record.fields().get(i).trim();
        }

        String text(String column) {
            String t = raw(column);
            if (t.isEmpty()) {
                problems.add(new Problem(record.line(), column, column + " is empty"));
                return null;
            }
            return t;
        }

        String code(String column) {
            String t = raw(column);
            if (!t.matches("\\d{3}")) {
                problems.add(new Problem(record.line(), column, column + " must be a three-digit DfE authority number, not '" + t + "'"));
                return null;
            }
            return t;
        }

        Integer year() {
            String t = raw("time_period");
            // A DfE year is written 2025 (ending 31 March 2025) or, in some releases, 202425.
            if (t.matches("\\d{4}")) return Integer.parseInt(t);
            if (t.matches("\\d{6}")) return Integer.parseInt(t.substring(0, 4)) + 1;
            problems.add(new Problem(record.line(), "time_period", "time_period must be a year such as 2025 or 202425, not '" + t + "'"));
            return null;
        }

        PublishedNumber number(String column) {
            try {
                return PublishedNumber.parse(raw(column));
            } catch (NumberFormatException e) {
                problems.add(new Problem(record.line(), column, column + " " + e.getMessage()));
                return null;
            }
        }

        Area area() {
            String level = raw("geographic_level");
            return switch (level) {
                case "National" -> {
                    String code = raw("country_code");
                    yield code.isEmpty() ? missing("country_code") : new Area(Area.Level.NATIONAL, code, null, "England", null);
                }
                case "Regional" -> {
                    String code = raw("region_code");
                    yield code.isEmpty() ? missing("region_code") : new Area(Area.Level.REGIONAL, code, null, raw("region_name"), null);
                }
                case "Local authority" -> {
                    String code = raw("new_la_code");
                    String old = raw("old_la_code");
                    if (code.isEmpty()) yield missing("new_la_code");
                    if (!old.matches("\\d{3}")) {
                        problems.add(new Problem(record.line(), "old_la_code", "old_la_code must be a three-digit DfE authority number, not '" + old + "'"));
                        yield null;
                    }
                    yield new Area(Area.Level.LOCAL_AUTHORITY, code, old, raw("la_name"), raw("region_code").isEmpty() ? null : raw("region_code"));
                }
                default -> {
                    problems.add(new Problem(record.line(), "geographic_level",
                            "geographic_level must be National, Regional or Local authority, not '" + level + "'"));
                    yield null;
                }
            };
        }

        private Area missing(String column) {
            problems.add(new Problem(record.line(), column, column + " is empty"));
            return null;
        }
    }
}
