package org.placementledger.measures;

import org.placementledger.events.Money;
import org.placementledger.events.Placement;
import org.placementledger.events.Postcode;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.history.CarePeriod;
import org.placementledger.events.history.CareTimeline;
import org.placementledger.events.history.Spell;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * One child as the measures see them on a date: in care or not, in the headline figures or on short
 * breaks, and if in care, where, in which category and age band, at what weekly cost.
 */
record ChildOnDate(CareTimeline timeline, LocalDate date, CarePeriod period, Spell spell, LegalStatus legalStatus,
                   String category, int age, String ageBand, Money weeklyCost) {

    static Optional<ChildOnDate> of(CareTimeline timeline, LocalDate date, MeasuresConfig config) {
        Optional<CarePeriod> period = timeline.periodOn(date);
        if (period.isEmpty()) return Optional.empty();
        Optional<Spell> spell = period.get().spellOn(date);
        if (spell.isEmpty()) return Optional.empty();
        Placement placement = spell.get().placement();
        int age = Period.between(timeline.details().dateOfBirth(), date).getYears();
        return Optional.of(new ChildOnDate(timeline, date, period.get(), spell.get(), period.get().legalStatusOn(date),
                config.categoryOf(placement), age, config.ageBandOf(age), spell.get().weeklyCostOn(date)));
    }

    /** Children on a series of short breaks (V3/V4) are left out of every headline measure. */
    boolean headline() {
        return !legalStatus.isShortBreaks();
    }

    Placement placement() {
        return spell.placement();
    }

    Postcode homePostcode() {
        return timeline.homePostcodeOn(date);
    }
}
