package org.placementledger.measures;

import org.placementledger.events.Money;
import org.placementledger.events.Placement;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.history.CarePeriod;

import java.time.LocalDate;

/** One child in care on a date, as the measures see them: their state then, and their age. */
record ChildOnDate(MeasuredTimeline child, ChildState state, int age, String ageBand) {

    /** The child on a date, or null when not in care then (a null, not an Optional: this runs for every child at every date). */
    static ChildOnDate of(MeasuredTimeline child, LocalDate date, long epochDay, MeasuresConfig config) {
        if (!child.inCareDuring(epochDay, epochDay)) return null;
        ChildState state = child.states().on(epochDay);
        if (state == null) return null;
        int age = Conditions.ageOn(child.timeline().details().dateOfBirth(), date);
        return new ChildOnDate(child, state, age, config.ageBandOf(age));
    }

    boolean headline() {
        return state.headline();
    }

    CarePeriod period() {
        return state.period();
    }

    Placement placement() {
        return state.placement();
    }

    LegalStatus legalStatus() {
        return state.legalStatus();
    }

    String category() {
        return state.category();
    }

    Money weeklyCost() {
        return state.weeklyCost();
    }

    String placementTypeCode() {
        return state.placement().type().code();
    }

    /** The provider's code, "none" for a placement without one: the key of the figures by provider. */
    String providerCode() {
        return state.placement().provider() == null ? "none" : state.placement().provider().code();
    }

    String legalStatusCode() {
        return state.legalStatus().code();
    }

    boolean outOfArea() {
        return state.outOfArea();
    }

    long distanceTenths() {
        return state.distanceTenths();
    }
}
