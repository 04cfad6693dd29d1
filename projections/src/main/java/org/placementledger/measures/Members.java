package org.placementledger.measures;

import org.placementledger.events.codes.Code903;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.codes.PlacementProvider;
import org.placementledger.events.codes.PlacementType;
import org.placementledger.events.codes.ReportingYear;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The children behind each figure of a {@link MeasuresReport}: for a measure (the report's field) and a cell
 * (the key or part of it), one row per child counted, or per period for the flows, which count periods. Asked
 * by the same conditions the figures are counted by ({@link InCareTally}, {@link InCareLines}, the periods'
 * flows), so the rows always add up to the figure: their number for a count, their {@code adds} for money
 * and moves.
 */
public final class Members {

    /**
     * One row behind a figure: the child and their placement on {@code on} (the as-at date, or for a flow the
     * day it is about: the start, the last day in care, the last move).
     *
     * @param adds what the row adds to the figure: 1 for a count, pounds for a spend line, moves for the moves
     */
    public record Row(String childId, LocalDate on, int age, String placementType, String provider, LocalDate placementStart,
               BigDecimal distanceMiles, BigDecimal weeklyCost, BigDecimal adds) {
    }

    /** A measure or cell this report does not have, with what it does have. */
    public static final class UnknownCell extends IllegalArgumentException {
        private final String field;

        UnknownCell(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private static final List<String> FLOWS = List.of("started", "startedByAgeBand", "startedByLegalStatus", "ceased",
            "ceasedByReasonGroup", "ceasedWithin12MonthsOfStarting", "moves", "childrenWithThreeOrMoreMoves", "costIncurred", "newPlacements");
    private static final List<String> IN_CARE = List.of("inCare", "shortBreaks", "byCategory", "byPlacementType", "byProvider",
            "byAgeBand", "byLegalStatus", "byCategoryAndAgeBand", "residentialCostBands", "spend", "shortTermStability",
            "shortTermStabilityTwoYears", "longTermStability", "distance", "inHouseFostering");
    private static final List<String> SPEND = List.of("weeklyTotal", "inHouseWeekly", "externalWeekly", "costNotKnown", "yearToDate",
            "forecastToYearEnd", "forecastFullYear");
    private static final BigDecimal ONE = BigDecimal.ONE;

    private final Measures measures;
    private final MeasuresConfig config;
    private final InCareTally tally;

    Members(Measures measures, MeasuresConfig config, InCareTally tally) {
        this.measures = measures;
        this.config = config;
        this.tally = tally;
    }

    /** Every measure a drill-down can be asked of, in the report's order. */
    public static List<String> measureNames() {
        return Stream.concat(IN_CARE.stream(), FLOWS.stream()).toList();
    }

    /** Whether the measure is one of the flows, which need a period. */
    public static boolean isFlow(String measure) {
        return FLOWS.contains(measure);
    }

    List<Row> of(String measure, String cell, LocalDate asAt, Collection<MeasuredTimeline> children, LocalDate from, LocalDate to) {
        if (measure == null || measure.isBlank()) throw new UnknownCell("measure", "is required: one of " + String.join(", ", measureNames()));
        if (FLOWS.contains(measure)) {
            if (from == null || to == null) throw new UnknownCell(from == null ? "from" : "to", measure + " is a flow over a period: give both from and to");
            return flows(measure, cell, children, from, to);
        }
        if (!IN_CARE.contains(measure)) {
            throw new UnknownCell("measure", "'" + measure + "' is not a measure: one of " + String.join(", ", measureNames()));
        }
        if (measure.equals("spend")) return spend(cell(cell, SPEND, measure), asAt, children);
        Predicate<ChildOnDate> in = inCare(measure, cell, asAt);
        boolean shortBreaks = measure.equals("shortBreaks");
        Census census = new Census(asAt);
        List<Row> rows = new ArrayList<>();
        for (MeasuredTimeline child : children) {
            Counted counted = measures.count(child, census);
            ChildOnDate on = counted == null ? null : counted.onDate();
            if (on == null || on.headline() == shortBreaks) continue;
            if (in.test(on)) rows.add(row(on.state(), child, asAt, ONE));
        }
        return rows;
    }

    private Predicate<ChildOnDate> inCare(String measure, String cell, LocalDate asAt) {
        InCareLines lines = new InCareLines(asAt);
        return switch (measure) {
            case "inCare", "shortBreaks" -> {
                cell(cell, List.of("all"), measure);
                yield c -> true;
            }
            case "byCategory" -> {
                String category = cell(cell, config.categoryNames(), measure);
                yield c -> c.category().equals(category);
            }
            case "byPlacementType" -> {
                String type = cell(cell, codes(PlacementType.values()), measure);
                yield c -> c.placementTypeCode().equals(type);
            }
            case "byProvider" -> {
                String provider = cell(cell, Stream.concat(codes(PlacementProvider.values()).stream(), Stream.of("none")).toList(), measure);
                yield c -> c.providerCode().equals(provider);
            }
            case "byLegalStatus" -> {
                String status = cell(cell, codes(LegalStatus.values()), measure);
                yield c -> c.legalStatusCode().equals(status);
            }
            case "byAgeBand" -> {
                String band = cell(cell, bandLabels(), measure);
                yield c -> c.ageBand().equals(band);
            }
            case "byCategoryAndAgeBand" -> {
                int slash = cell == null ? -1 : cell.lastIndexOf('/');
                if (slash < 0) throw new UnknownCell("cell", "byCategoryAndAgeBand needs a cell of category/age band, such as "
                        + config.categoryNames().get(0) + "/" + bandLabels().get(0));
                String category = cell(cell.substring(0, slash), config.categoryNames(), measure);
                String band = cell(cell.substring(slash + 1), bandLabels(), measure);
                yield c -> c.category().equals(category) && c.ageBand().equals(band);
            }
            case "residentialCostBands" -> {
                List<String> labels = config.residentialCostBands().stream().map(CostBand::label).toList();
                int b = labels.indexOf(cell(cell, labels, measure));
                yield c -> tally.inResidentialBand(c, b);
            }
            case "shortTermStability", "shortTermStabilityTwoYears" -> {
                boolean twoYears = measure.equals("shortTermStabilityTwoYears");
                yield switch (cell(cell, List.of("children", "threeOrMorePlacements"), measure)) {
                    case "children" -> c -> true;
                    default -> twoYears ? lines::unstableTwoYears : lines::unstableYear;
                };
            }
            case "longTermStability" -> switch (cell(cell, List.of("eligible", "samePlacementTwoYears"), measure)) {
                case "eligible" -> lines::longTermEligible;
                default -> lines::longTermStable;
            };
            case "distance" -> switch (cell(cell, List.of("over20Miles", "twentyOrLess", "notKnown", "outOfArea"), measure)) {
                case "over20Miles" -> c -> c.distanceTenths() != MeasuredTimeline.NOT_KNOWN && Conditions.moreThan20Miles(c.distanceTenths());
                case "twentyOrLess" -> c -> c.distanceTenths() != MeasuredTimeline.NOT_KNOWN && !Conditions.moreThan20Miles(c.distanceTenths());
                case "notKnown" -> c -> c.distanceTenths() == MeasuredTimeline.NOT_KNOWN;
                default -> ChildOnDate::outOfArea;
            };
            case "inHouseFostering" -> switch (cell(cell, List.of("inHouse", "external"), measure)) {
                case "inHouse" -> tally::inHouseFostering;
                default -> tally::externalFostering;
            };
            default -> throw new IllegalStateException(measure);
        };
    }

    /**
     * The spend lines: the weekly ones over the children in care (each row adds its weekly cost, none when not
     * known), the year to date over every child whose care cost anything since 1 April, and the forecast over
     * the placements with a known cost that would carry on to 31 March.
     */
    private List<Row> spend(String line, LocalDate asAt, Collection<MeasuredTimeline> children) {
        Census census = new Census(asAt);
        long daysLeft = ChronoUnit.DAYS.between(asAt, ReportingYear.containing(asAt).lastDay());
        List<Row> rows = new ArrayList<>();
        for (MeasuredTimeline child : children) {
            Counted counted = measures.count(child, census);
            if (counted == null) continue;
            ChildOnDate on = counted.onDate() != null && counted.onDate().headline() ? counted.onDate() : null;
            long pence = on == null ? ChildState.COST_NOT_KNOWN : on.state().weeklyPence();
            BigDecimal weekly = pence == ChildState.COST_NOT_KNOWN ? BigDecimal.ZERO : BigDecimal.valueOf(pence, 2);
            BigDecimal forecast = pence == ChildState.COST_NOT_KNOWN ? BigDecimal.ZERO : StateLine.pounds(pence * daysLeft);
            BigDecimal yearToDate = StateLine.pounds(counted.sinceYearStart());
            // On 31 March nothing is still to come, so no placement is behind the forecast.
            boolean carriesOn = on != null && pence != ChildState.COST_NOT_KNOWN && daysLeft > 0;
            Row row = switch (line) {
                case "weeklyTotal" -> on == null ? null : row(on.state(), child, asAt, weekly);
                case "inHouseWeekly" -> on == null || !InCareLines.inHouse(on) ? null : row(on.state(), child, asAt, weekly);
                case "externalWeekly" -> on == null || !InCareLines.external(on) ? null : row(on.state(), child, asAt, weekly);
                case "costNotKnown" -> on == null || pence != ChildState.COST_NOT_KNOWN ? null : row(on.state(), child, asAt, ONE);
                case "yearToDate" -> counted.sinceYearStart() == 0 ? null : lastState(child, census.yearStartDay(), census.day(), yearToDate);
                case "forecastToYearEnd" -> !carriesOn ? null : row(on.state(), child, asAt, forecast);
                default -> counted.sinceYearStart() == 0 && !carriesOn ? null
                        : lastState(child, census.yearStartDay(), census.day(), yearToDate.add(forecast));
            };
            if (row != null) rows.add(row);
        }
        return rows;
    }

    private List<Row> flows(String measure, String cell, Collection<MeasuredTimeline> children, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) throw new UnknownCell("from", "must be on or before to (" + to + ")");
        String key = switch (measure) {
            case "startedByAgeBand" -> cell(cell, bandLabels(), measure);
            case "startedByLegalStatus" -> cell(cell, codes(LegalStatus.values()), measure);
            case "ceasedByReasonGroup" -> cell(cell, ReasonGroups.ALL, measure);
            case "newPlacements" -> cell(cell, List.of("all", "over20Miles", "twentyOrLess", "notKnown"), measure);
            default -> cell(cell, List.of("all"), measure);
        };
        long fromDay = from.toEpochDay();
        long toDay = to.toEpochDay();
        List<Row> rows = new ArrayList<>();
        for (MeasuredTimeline child : children) {
            if (!child.touches(fromDay, toDay)) continue;
            if (measure.equals("costIncurred")) {
                long penceDays = child.states().weeklyPenceDays(fromDay, toDay);
                if (penceDays > 0) rows.add(lastState(child, fromDay, toDay, StateLine.pounds(penceDays)));
                continue;
            }
            long moves = 0;
            long lastMove = -1;
            for (MeasuredTimeline.PeriodFlow period : child.flows()) {
                switch (measure) {
                    case "started", "startedByAgeBand", "startedByLegalStatus" -> {
                        if (!period.startedIn(fromDay, toDay)) continue;
                        if (measure.equals("startedByAgeBand") && !period.startAgeBand().equals(key)) continue;
                        if (measure.equals("startedByLegalStatus") && !period.startLegalStatus().equals(key)) continue;
                        rows.add(row(child.states().on(period.startDay()), child, LocalDate.ofEpochDay(period.startDay()), ONE));
                    }
                    case "newPlacements" -> {
                        for (int p = 0; p < period.placementDays().length; p++) {
                            long day = period.placementDays()[p];
                            if (day < fromDay || day > toDay || !newPlacementIn(key, period.placementTenths()[p])) continue;
                            rows.add(row(child.states().on(day), child, LocalDate.ofEpochDay(day), ONE));
                        }
                    }
                    case "ceased", "ceasedByReasonGroup", "ceasedWithin12MonthsOfStarting" -> {
                        boolean counted = measure.equals("ceasedWithin12MonthsOfStarting") ? period.ceasedWithinAYearIn(fromDay, toDay)
                                : period.ceasedIn(fromDay, toDay) && (measure.equals("ceased") || period.endReasonGroup().equals(key));
                        if (!counted) continue;
                        long lastDay = period.endDay() - 1;
                        rows.add(row(child.states().on(lastDay), child, LocalDate.ofEpochDay(lastDay), ONE));
                    }
                    default -> {
                        long n = period.movesIn(fromDay, toDay);
                        moves += n;
                        if (n > 0) for (long move : period.moveDays()) if (move >= fromDay && move <= toDay) lastMove = Math.max(lastMove, move);
                    }
                }
            }
            if (measure.equals("moves") && moves > 0) {
                rows.add(row(child.states().on(lastMove), child, LocalDate.ofEpochDay(lastMove), BigDecimal.valueOf(moves)));
            } else if (measure.equals("childrenWithThreeOrMoreMoves") && Conditions.manyMoves(moves)) {
                rows.add(row(child.states().on(lastMove), child, LocalDate.ofEpochDay(lastMove), ONE));
            }
        }
        return rows;
    }

    /** Whether a new placement this far from home (tenths of a mile) is in the cell of the new placements asked for. */
    private static boolean newPlacementIn(String cell, long tenths) {
        boolean known = tenths != MeasuredTimeline.NOT_KNOWN;
        return switch (cell) {
            case "over20Miles" -> known && Conditions.moreThan20Miles(tenths);
            case "twentyOrLess" -> known && !Conditions.moreThan20Miles(tenths);
            case "notKnown" -> !known;
            default -> true;
        };
    }

    /** A row of the child as on the last day in care within [from, to]. */
    private static Row lastState(MeasuredTimeline child, long from, long to, BigDecimal adds) {
        for (long day = to; day >= from; day--) {
            ChildState state = child.states().on(day);
            if (state != null) return row(state, child, LocalDate.ofEpochDay(day), adds);
        }
        return row(null, child, LocalDate.ofEpochDay(to), adds);
    }

    private static Row row(ChildState state, MeasuredTimeline child, LocalDate on, BigDecimal adds) {
        int age = Conditions.ageOn(child.timeline().details().dateOfBirth(), on);
        if (state == null) return new Row(child.childId(), on, age, null, null, null, null, null, adds);
        String provider = state.placement().provider() == null ? null : state.placement().provider().code();
        LocalDate start = state.period().spells().get(state.spellIndex()).from();
        BigDecimal miles = state.distanceTenths() == MeasuredTimeline.NOT_KNOWN ? null : BigDecimal.valueOf(state.distanceTenths(), 1);
        BigDecimal weekly = state.weeklyPence() == ChildState.COST_NOT_KNOWN ? null : BigDecimal.valueOf(state.weeklyPence(), 2);
        return new Row(child.childId(), on, age, state.placement().type().code(), provider, start, miles, weekly, adds);
    }

    private static String cell(String cell, List<String> allowed, String measure) {
        String asked = cell == null || cell.isBlank() ? (allowed.equals(List.of("all")) ? "all" : null) : cell.trim();
        if (asked == null || !allowed.contains(asked)) {
            throw new UnknownCell("cell", (asked == null ? measure + " needs a cell" : "'" + asked + "' is not a cell of " + measure)
                    + ": one of " + String.join(", ", allowed));
        }
        return asked;
    }

    private List<String> bandLabels() {
        return config.ageBands().stream().map(AgeBand::label).distinct().toList();
    }

    private static List<String> codes(Code903[] values) {
        return Arrays.stream(values).map(Code903::code).distinct().toList();
    }
}
