package org.placementledger.measures;

import org.placementledger.events.Postcode;
import org.placementledger.events.history.CarePeriod;
import org.placementledger.events.history.CareTimeline;
import org.placementledger.events.history.Dated;
import org.placementledger.events.history.Spell;
import org.placementledger.measures.geography.Geography;
import org.placementledger.measures.geography.GridReference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A child's timeline with everything the measures need that no as-at date changes worked out once: each
 * period's carer spells, each placement's category, how far each placement is from each home the child
 * had and whether it is out of the council's area, and the running cost. Made when a timeline changes
 * (one child at a time), so a report over 100,000 children at any date only looks things up.
 * <p>
 * Made by {@link Measures#prepare}, for that instance's configuration and geography.
 */
public final class MeasuredTimeline {

    /** A distance that cannot be worked out: a postcode missing or not known. */
    static final long NOT_KNOWN = -1;

    private final CareTimeline timeline;
    private final List<PeriodFacts> periods;
    private final StateLine states;
    /**
     * The first day in care and the day after the last (Integer.MAX_VALUE while in care), as epoch days: most
     * children of a council's history are out of care on any one date, and a report passes them over on these
     * two numbers alone, without reaching into their periods.
     */
    private final int firstDay;
    private final int endDay;
    /** Every carer spell of every period, as epoch days from and until (MAX_VALUE while it lasts), for stability. */
    private final int[] carerFrom;
    private final int[] carerUntil;

    /**
     * @param tenths tenths of a mile from each spell's placement (first index) to each home postcode of the
     *               child (second index, in the order of {@link CareTimeline#homePostcodes()}), or NOT_KNOWN
     */
    record PeriodFacts(CarePeriod period, CarerSpells carers, String[] categories, long[][] tenths, boolean[] outOfArea) {
    }

    /**
     * A period of care as the flows count it (periods on short breaks from their start are left out).
     *
     * @param endDay   epoch day care ceased, Long.MAX_VALUE while it lasts
     * @param moveDays epoch days of the moves to a new carer within the period
     * @param placementDays  epoch days the period's new placements began: its first (unless it began before the
     *                       records) and each move to a new carer, as the stability measures count placements
     * @param placementTenths each new placement's distance from the home held on the day it began, or NOT_KNOWN
     */
    record PeriodFlow(long startDay, String startAgeBand, String startLegalStatus, long endDay, String endReasonGroup,
                      boolean ceasedWithinAYear, long[] moveDays, boolean startBeforeRecords, long[] placementDays,
                      long[] placementTenths) {

        /** Started in [from, to]; a period whose start lies before the records started nothing on the day they begin. */
        boolean startedIn(long from, long to) {
            return !startBeforeRecords && startDay >= from && startDay <= to;
        }

        boolean ceasedIn(long from, long to) {
            return endDay >= from && endDay <= to;
        }

        /** Ceased in [from, to] within 12 months of a start the records hold. */
        boolean ceasedWithinAYearIn(long from, long to) {
            return ceasedIn(from, to) && ceasedWithinAYear && !startBeforeRecords;
        }

        /** How far each new placement begun in [from, to] is from home (tenths of a mile, or NOT_KNOWN), in order. */
        long[] newPlacementTenthsIn(long from, long to) {
            int n = 0;
            for (long day : placementDays) if (day >= from && day <= to) n++;
            long[] out = new long[n];
            int i = 0;
            for (int p = 0; p < placementDays.length; p++) if (placementDays[p] >= from && placementDays[p] <= to) out[i++] = placementTenths[p];
            return out;
        }

        /** Moves to a new carer in [from, to]. */
        long movesIn(long from, long to) {
            long n = 0;
            for (long move : moveDays) if (move >= from && move <= to) n++;
            return n;
        }
    }

    private final List<PeriodFlow> flows;

    MeasuredTimeline(CareTimeline timeline, MeasuresConfig config, Geography geography) {
        this.timeline = timeline;
        List<GridReference> homes = new ArrayList<>();
        for (Dated<Postcode> home : timeline.homePostcodes()) homes.add(geography.locate(home.value()).orElse(null));
        List<PeriodFacts> facts = new ArrayList<>(timeline.periods().size());
        for (CarePeriod period : timeline.periods()) {
            int n = period.spells().size();
            String[] categories = new String[n];
            long[][] tenths = new long[n][homes.size()];
            boolean[] outOfArea = new boolean[n];
            for (int s = 0; s < n; s++) {
                Spell spell = period.spells().get(s);
                categories[s] = config.categoryOf(spell.placement());
                GridReference placed = geography.locate(spell.placement().postcode()).orElse(null);
                outOfArea[s] = Conditions.outOfArea(placed, config.councilAreaCode());
                for (int h = 0; h < homes.size(); h++) {
                    tenths[s][h] = placed == null || homes.get(h) == null ? NOT_KNOWN : homes.get(h).tenthsOfMileTo(placed);
                }
            }
            facts.add(new PeriodFacts(period, CarerSpells.of(period), categories, tenths, outOfArea));
        }
        this.periods = List.copyOf(facts);
        this.states = StateLine.of(timeline, this.periods);
        this.flows = flows(timeline, this.periods, config);
        List<CarePeriod> all = timeline.periods();
        this.firstDay = all.isEmpty() ? Integer.MAX_VALUE : day(all.get(0).start());
        int end = Integer.MIN_VALUE;
        for (CarePeriod p : all) end = Math.max(end, p.end() == null ? Integer.MAX_VALUE : day(p.end()));
        this.endDay = end;
        int carers = 0;
        for (PeriodFacts f : facts) carers += f.carers().spells().size();
        this.carerFrom = new int[carers];
        this.carerUntil = new int[carers];
        int i = 0;
        for (PeriodFacts f : facts) {
            for (CarerSpells.CarerSpell c : f.carers().spells()) {
                carerFrom[i] = day(c.from());
                carerUntil[i++] = c.until() == null ? Integer.MAX_VALUE : day(c.until());
            }
        }
    }

    private static List<PeriodFlow> flows(CareTimeline timeline, List<PeriodFacts> facts, MeasuresConfig config) {
        List<PeriodFlow> out = new ArrayList<>();
        for (PeriodFacts f : facts) {
            CarePeriod period = f.period();
            if (period.legalStatusOn(period.start()).isShortBreaks()) continue;
            int age = Conditions.ageOn(timeline.details().dateOfBirth(), period.start());
            List<Spell> spells = period.spells();
            long[] moves = new long[spells.size()];
            long[] placed = new long[spells.size()];
            long[] tenths = new long[spells.size()];
            int n = 0;
            int p = 0;
            for (int i = 0; i < spells.size(); i++) {
                Spell spell = spells.get(i);
                if (!spell.newCarer() || (i == 0 && period.startBeforeRecords())) continue;
                if (i > 0) moves[n++] = spell.from().toEpochDay();
                int home = StateLine.homeIndexOn(timeline, spell.from());
                placed[p] = spell.from().toEpochDay();
                tenths[p++] = home < 0 ? NOT_KNOWN : f.tenths()[i][home];
            }
            out.add(new PeriodFlow(period.start().toEpochDay(), config.ageBandOf(age), period.legalStatusOn(period.start()).code(),
                    period.end() == null ? Long.MAX_VALUE : period.end().toEpochDay(),
                    period.end() == null ? null : ReasonGroups.of(period.endReason()),
                    period.end() != null && period.end().isBefore(period.start().plusYears(1)), java.util.Arrays.copyOf(moves, n),
                    period.startBeforeRecords(), java.util.Arrays.copyOf(placed, p), java.util.Arrays.copyOf(tenths, p)));
        }
        return List.copyOf(out);
    }

    List<PeriodFlow> flows() {
        return flows;
    }

    private static int day(LocalDate date) {
        return Math.toIntExact(date.toEpochDay());
    }

    /** Whether any day in care falls in [from, to] (epoch days, both included). */
    boolean inCareDuring(long from, long to) {
        return firstDay <= to && endDay > from;
    }

    /** Whether anything of the child's care happened in [from, to]: a day in care, or the day care ceased. */
    boolean touches(long from, long to) {
        return firstDay <= to && endDay >= from;
    }

    public CareTimeline timeline() {
        return timeline;
    }

    public String childId() {
        return timeline.childId();
    }

    List<PeriodFacts> periods() {
        return periods;
    }

    StateLine states() {
        return states;
    }

    /** Placements (carer spells) with a day in [start, end] (epoch days), over all periods of care. */
    int placementsBetween(long start, long end) {
        int n = 0;
        for (int i = 0; i < carerFrom.length; i++) {
            if (carerFrom[i] <= end && carerUntil[i] > start) n++;
        }
        return n;
    }
}
