package org.placementledger.measures;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.placementledger.events.Money;
import org.placementledger.events.RecordedEvent;
import org.placementledger.events.history.CarePeriod;
import org.placementledger.events.history.CareTimeline;
import org.placementledger.events.history.EffectiveHistory;
import org.placementledger.events.history.Spell;
import org.placementledger.measures.geography.GridReference;
import org.placementledger.measures.geography.PostcodeGrid;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A child prepared for the measures reads, on every day, exactly what the timeline itself says, and the cost
 * it has incurred over any period is the sum, day by day, of the weekly cost / 7. The preparation is there
 * for speed only: it must never change a figure.
 */
class PreparedChildPropertyTest {

    private static final PostcodeGrid GRID = PostcodeGrid.shippedSectors();
    private static final MeasuresConfig CONFIG = MeasuresConfig.defaults();

    @Property(tries = 60)
    void aPreparedChildOnEveryDayIsWhatTheTimelineSays(@ForAll long seed) {
        Random random = new Random(seed);
        CareTimeline timeline = timeline(random);
        MeasuredTimeline prepared = new Measures(CONFIG, GRID).prepare(timeline);
        for (LocalDate d = RandomHistories.FIRST.minusDays(5); d.isBefore(RandomHistories.LAST.plusDays(400)); d = d.plusDays(1)) {
            LocalDate day = d;
            ChildOnDate on = ChildOnDate.of(prepared, day, day.toEpochDay(), CONFIG);
            Optional<CarePeriod> period = timeline.periodOn(day);
            Optional<Spell> spell = period.flatMap(p -> p.spellOn(day));
            assertThat(on != null).as("in care on %s", day).isEqualTo(spell.isPresent());
            if (on == null) continue;
            assertThat(on.placement()).as("placement on %s", day).isEqualTo(spell.get().placement());
            assertThat(on.weeklyCost()).as("cost on %s", day).isEqualTo(spell.get().weeklyCostOn(day));
            assertThat(on.legalStatus()).as("legal status on %s", day).isEqualTo(period.get().legalStatusOn(day));
            assertThat(on.category()).isEqualTo(CONFIG.categoryOf(spell.get().placement()));
            assertThat(on.age()).as("age on %s", day).isEqualTo(java.time.Period.between(timeline.details().dateOfBirth(), day).getYears());
            Optional<GridReference> home = GRID.locate(timeline.homePostcodeOn(day));
            Optional<GridReference> placed = GRID.locate(spell.get().placement().postcode());
            long expected = home.isPresent() && placed.isPresent() ? home.get().tenthsOfMileTo(placed.get()) : MeasuredTimeline.NOT_KNOWN;
            assertThat(on.distanceTenths()).as("distance on %s", day).isEqualTo(expected);
        }
    }

    @Property(tries = 60)
    void costIncurredOverAnyPeriodIsTheSumOfItsDays(@ForAll long seed) {
        Random random = new Random(seed);
        CareTimeline timeline = timeline(random);
        MeasuredTimeline prepared = new Measures(CONFIG, GRID).prepare(timeline);
        for (int i = 0; i < 20; i++) {
            LocalDate from = RandomHistories.FIRST.minusDays(30).plusDays(random.nextInt(1600));
            LocalDate to = from.plusDays(random.nextInt(500));
            long byDay = 0;
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                LocalDate d = day;
                Optional<CarePeriod> period = timeline.periodOn(d);
                if (period.isEmpty() || period.get().legalStatusOn(d).isShortBreaks()) continue;
                Money cost = period.get().spellOn(d).map(s -> s.weeklyCostOn(d)).orElse(null);
                if (cost != null) byDay += cost.pence();
            }
            assertThat(prepared.states().weeklyPenceDays(from.toEpochDay(), to.toEpochDay())).as("%s to %s", from, to).isEqualTo(byDay);
        }
    }

    private static CareTimeline timeline(Random random) {
        EffectiveHistory history = EffectiveHistory.empty();
        for (RecordedEvent e : RandomHistories.history("C", random)) history = history.with(e.eventId(), e.sequence(), e.event());
        return CareTimeline.of("C", history);
    }
}
