package org.placementledger.measures;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.placementledger.events.CareFact;
import org.placementledger.events.CareStarted;
import org.placementledger.events.PlacementChanged;
import org.placementledger.events.RecordedEvent;
import org.placementledger.events.history.CareTimeline;
import org.placementledger.events.history.EffectiveHistory;
import org.placementledger.events.history.Spell;
import org.placementledger.measures.alerts.Alert;
import org.placementledger.measures.alerts.AlertKind;
import org.placementledger.measures.alerts.AlertRules;
import org.placementledger.measures.alerts.AlertSettings;
import org.placementledger.measures.geography.PostcodeGrid;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An alert and its measure mean the same thing: on random councils, the children an alert is raised for on the
 * day of a placement are exactly the children that day's measure lists whose placement began that day. Placed
 * more than 20 miles away is the distance measure's "over 20 miles", out of area its "out of area", a third
 * placement in 12 months short-term stability's "3 or more placements", a young child in residential care the
 * residential category under the alert's age.
 */
class AlertsAreMeasuresPropertyTest {

    private static final MeasuresConfig CONFIG = MeasuresConfig.defaults();
    private static final Measures MEASURES = new Measures(CONFIG, PostcodeGrid.shippedSectors());
    private static final AlertSettings SETTINGS = AlertSettings.defaults();
    private static final AlertRules RULES = new AlertRules(CONFIG, PostcodeGrid.shippedSectors(), SETTINGS);

    @Property(tries = 60)
    void theChildrenAnAlertIsRaisedForAreTheMeasuresNewcomersThatDay(@ForAll long seed, @ForAll @IntRange(min = 1, max = 20) int size) {
        Random random = new Random(seed);
        Set<String> alerted = new TreeSet<>();
        Set<String> measured = new TreeSet<>();
        for (int c = 0; c < size; c++) {
            String id = "C" + c;
            List<RecordedEvent> history = RandomHistories.history(id, random);
            EffectiveHistory h = EffectiveHistory.empty();
            for (RecordedEvent e : history) {
                h = h.with(e.eventId(), e.sequence(), e.event());
                if (!(e.event() instanceof CareStarted) && !(e.event() instanceof PlacementChanged)) continue;
                CareFact fact = (CareFact) e.event();
                LocalDate day = fact.effectiveDate();
                CareTimeline timeline = CareTimeline.of(id, h);
                // Recorded on the day it happened, as a placement is, so the alert is about where the child is now.
                for (Alert a : RULES.raisedBy(fact, e.eventId(), day.atTime(12, 0).toInstant(ZoneOffset.UTC), timeline)) {
                    if (a.kind() != AlertKind.COST_ABOVE_BAND) alerted.add(id + " " + day + " " + a.kind());
                }
                List<MeasuredTimeline> child = List.of(MEASURES.prepare(timeline));
                boolean newCarer = timeline.periodOn(day).flatMap(p -> p.spellOn(day)).map(Spell::newCarer).orElse(false);
                for (Members.Row row : MEASURES.members("distance", "over20Miles", day, child, null, null)) {
                    if (row.placementStart().equals(day)) measured.add(id + " " + day + " " + AlertKind.PLACED_OVER_20_MILES);
                }
                for (Members.Row row : MEASURES.members("distance", "outOfArea", day, child, null, null)) {
                    if (row.placementStart().equals(day)) measured.add(id + " " + day + " " + AlertKind.PLACED_OUT_OF_AREA);
                }
                for (Members.Row row : MEASURES.members("shortTermStability", "threeOrMorePlacements", day, child, null, null)) {
                    if (row.placementStart().equals(day) && newCarer) measured.add(id + " " + day + " " + AlertKind.THIRD_PLACEMENT_IN_12_MONTHS);
                }
                for (Members.Row row : MEASURES.members("byCategory", CONFIG.residentialCategory(), day, child, null, null)) {
                    if (row.placementStart().equals(day) && row.age() < SETTINGS.residentialAgeLimit()) {
                        measured.add(id + " " + day + " " + AlertKind.YOUNG_CHILD_IN_RESIDENTIAL);
                    }
                }
            }
        }
        assertThat(alerted).as("alerts raised, against the measures' newcomers").isEqualTo(measured);
    }
}
