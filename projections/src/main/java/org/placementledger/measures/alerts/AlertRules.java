package org.placementledger.measures.alerts;

import org.placementledger.events.CareFact;
import org.placementledger.events.CareStarted;
import org.placementledger.events.Money;
import org.placementledger.events.Placement;
import org.placementledger.events.PlacementChanged;
import org.placementledger.events.PlacementCostChanged;
import org.placementledger.events.history.CarePeriod;
import org.placementledger.events.history.CareTimeline;
import org.placementledger.events.history.Spell;
import org.placementledger.measures.CarerSpells;
import org.placementledger.measures.Conditions;
import org.placementledger.measures.MeasuresConfig;
import org.placementledger.measures.geography.Geography;
import org.placementledger.measures.geography.GridReference;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which alerts a newly recorded fact raises, judged against the child's whole timeline with that fact in
 * it: the same definitions of category, distance and placements as the measures.
 */
public final class AlertRules {

    private final MeasuresConfig config;
    private final Geography geography;
    private final AlertSettings settings;

    public AlertRules(MeasuresConfig config, Geography geography, AlertSettings settings) {
        this.config = config;
        this.geography = geography;
        this.settings = settings;
    }

    /**
     * Whether a fact could raise any alert, judged from the fact alone: a cheap test before the child's
     * timeline is read. A cost change below the alert level, a legal status, a home postcode or a cease cannot.
     */
    public boolean mayRaise(CareFact fact) {
        if (fact instanceof CareStarted || fact instanceof PlacementChanged) return true;
        return fact instanceof PlacementCostChanged c && c.weeklyCost() != null && c.weeklyCost().compareTo(settings.weeklyCostAlert()) >= 0;
    }

    public List<Alert> raisedBy(CareFact fact, String eventId, Instant recordedAt, CareTimeline timeline) {
        List<Alert> alerts = new ArrayList<>();
        LocalDate date = fact.effectiveDate();
        Optional<CarePeriod> period = timeline.periodOn(date);
        if (period.isEmpty()) return alerts;
        // A child on a series of short breaks (V3/V4) is outside every headline measure, spend included; an alert
        // is its measure's condition met, so none is raised for them either.
        if (period.get().legalStatusOn(date).isShortBreaks()) return alerts;
        Optional<Spell> spell = period.get().spellOn(date);
        if (spell.isEmpty()) return alerts;
        Placement placement = spell.get().placement();
        // An alert asks someone to act for a child where the child is now. A fact about a placement that had
        // already ended by the day it was recorded (history entered late, a backlog loaded) raises none.
        if (!stillPlaced(timeline, spell.get(), LocalDate.ofInstant(recordedAt, settings.zone()))) return alerts;
        String child = fact.childId();
        if (fact instanceof CareStarted || fact instanceof PlacementChanged) {
            int age = Conditions.ageOn(timeline.details().dateOfBirth(), date);
            if (config.categoryOf(placement).equals(config.residentialCategory()) && age < settings.residentialAgeLimit()) {
                alerts.add(alert(AlertKind.YOUNG_CHILD_IN_RESIDENTIAL, fact, eventId, recordedAt,
                        "child " + child + ", under " + settings.residentialAgeLimit() + ", placed in residential care (" + placement.type().code() + ") on " + date));
            }
            Optional<GridReference> home = geography.locate(timeline.homePostcodeOn(date));
            Optional<GridReference> placed = geography.locate(placement.postcode());
            if (home.isPresent() && placed.isPresent()) {
                long tenths = home.get().tenthsOfMileTo(placed.get());
                if (Conditions.moreThan20Miles(tenths)) {
                    BigDecimal miles = BigDecimal.valueOf(tenths, 1);
                    alerts.add(alert(AlertKind.PLACED_OVER_20_MILES, fact, eventId, recordedAt,
                            "child " + child + " placed " + miles + " miles from home on " + date));
                }
            }
            if (Conditions.outOfArea(placed.orElse(null), config.councilAreaCode())) {
                alerts.add(alert(AlertKind.PLACED_OUT_OF_AREA, fact, eventId, recordedAt,
                        "child " + child + " placed outside the council's area (" + placed.get().localAuthority() + ") on " + date));
            }
            long placements = CarerSpells.placementsBetween(timeline, date.minusYears(1).plusDays(1), date);
            if (spell.get().newCarer() && spell.get().from().equals(date) && Conditions.unstable(placements)) {
                alerts.add(alert(AlertKind.THIRD_PLACEMENT_IN_12_MONTHS, fact, eventId, recordedAt,
                        "child " + child + " has had " + placements + " placements in the 12 months to " + date));
            }
        }
        if (fact instanceof CareStarted || fact instanceof PlacementChanged || fact instanceof PlacementCostChanged) {
            Money cost = spell.get().weeklyCostOn(date);
            if (cost != null && cost.compareTo(settings.weeklyCostAlert()) >= 0) {
                alerts.add(alert(AlertKind.COST_ABOVE_BAND, fact, eventId, recordedAt,
                        "child " + child + "'s placement " + placement.id() + " costs " + cost + " a week from " + date));
            }
        }
        return alerts;
    }

    private static boolean stillPlaced(CareTimeline timeline, Spell spell, LocalDate recorded) {
        if (recorded.isBefore(spell.from())) return true;
        return timeline.periodOn(recorded).flatMap(p -> p.spellOn(recorded))
                .map(now -> now.from().equals(spell.from()) && now.placement().id().equals(spell.placement().id()))
                .orElse(false);
    }

    private static Alert alert(AlertKind kind, CareFact fact, String eventId, Instant recordedAt, String message) {
        return new Alert(eventId + "/" + kind.name(), kind, fact.childId(), eventId, fact.effectiveDate(), recordedAt, message);
    }
}
