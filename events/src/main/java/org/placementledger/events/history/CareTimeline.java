package org.placementledger.events.history;

import org.placementledger.events.CareCeased;
import org.placementledger.events.CareFact;
import org.placementledger.events.CareStarted;
import org.placementledger.events.HomePostcodeChanged;
import org.placementledger.events.LegalStatusChanged;
import org.placementledger.events.Money;
import org.placementledger.events.Placement;
import org.placementledger.events.PlacementChanged;
import org.placementledger.events.PlacementCostChanged;
import org.placementledger.events.Postcode;
import org.placementledger.events.codes.LegalStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A child's whole care history laid out on dates: every period of care with its spells, costs and legal
 * statuses, and the home postcodes. What every measure at any date is computed from, live or after the fact.
 */
public record CareTimeline(String childId, ChildDetails details, List<Dated<Postcode>> homePostcodes, List<CarePeriod> periods) {

    public CareTimeline {
        homePostcodes = List.copyOf(homePostcodes);
        periods = List.copyOf(periods);
    }

    public static CareTimeline of(String childId, EffectiveHistory history) {
        Builder b = new Builder();
        for (StoredFact f : history.inEffectiveOrder()) b.apply(f.fact());
        return new CareTimeline(childId, b.details, b.homes, b.periods());
    }

    public Optional<CarePeriod> periodOn(LocalDate date) {
        // A loop, not a stream: this runs for every child at every date asked for.
        for (CarePeriod p : periods) {
            if (p.inCareOn(date)) return Optional.of(p);
        }
        return Optional.empty();
    }

    /** The home postcode that held on a date; before the first one was recorded, the first one. */
    public Postcode homePostcodeOn(LocalDate date) {
        if (homePostcodes.isEmpty()) return null;
        Postcode home = homePostcodes.get(0).value();
        for (Dated<Postcode> h : homePostcodes) {
            if (!h.from().isAfter(date)) home = h.value();
        }
        return home;
    }

    /** Folds facts in the order they happened; lenient like {@link CareStates}: a fact that does not fit is passed over. */
    private static final class Builder {
        ChildDetails details;
        final List<Dated<Postcode>> homes = new ArrayList<>();
        final List<CarePeriod> closed = new ArrayList<>();
        OpenPeriod open;

        void apply(CareFact fact) {
            if (fact instanceof CareStarted s) {
                if (open != null) return;
                details = new ChildDetails(s.dateOfBirth(), s.sex(), s.homePostcode());
                homes.add(new Dated<>(s.effectiveDate(), s.homePostcode()));
                open = new OpenPeriod(s.effectiveDate(), s.categoryOfNeed(), s.legalStatus(), s.openingEpisode() != null);
                open.move(s.placement(), s.effectiveDate(), true);
            } else if (fact instanceof HomePostcodeChanged h) {
                homes.add(new Dated<>(h.effectiveDate(), h.homePostcode()));
                if (details != null) details = details.withHomePostcode(h.homePostcode());
            } else if (open == null) {
                // nothing else applies outside a period of care
            } else if (fact instanceof PlacementChanged m) {
                open.move(m.placement(), m.effectiveDate(), m.carerChanged());
            } else if (fact instanceof PlacementCostChanged c) {
                open.cost(c.placementId(), c.effectiveDate(), c.weeklyCost());
            } else if (fact instanceof LegalStatusChanged l) {
                open.statuses.add(new Dated<>(l.effectiveDate(), l.legalStatus()));
            } else if (fact instanceof CareCeased c) {
                closed.add(open.close(c.effectiveDate(), c));
                open = null;
            }
        }

        List<CarePeriod> periods() {
            List<CarePeriod> all = new ArrayList<>(closed);
            if (open != null) all.add(open.close(null, null));
            all.sort(Comparator.comparing(CarePeriod::start));
            return all;
        }
    }

    private static final class OpenPeriod {
        final LocalDate start;
        /** The period began before the records: its first known episode is not its start. */
        final boolean startBeforeRecords;
        final org.placementledger.events.codes.CategoryOfNeed cin;
        final List<Dated<LegalStatus>> statuses = new ArrayList<>();
        final List<MutableSpell> spells = new ArrayList<>();

        OpenPeriod(LocalDate start, org.placementledger.events.codes.CategoryOfNeed cin, LegalStatus status, boolean startBeforeRecords) {
            this.start = start;
            this.startBeforeRecords = startBeforeRecords;
            this.cin = cin;
            statuses.add(new Dated<>(start, status));
        }

        void move(Placement placement, LocalDate date, boolean carerChanged) {
            MutableSpell previous = spells.isEmpty() ? null : spells.get(spells.size() - 1);
            boolean returning = previous != null && previous.placement.isTemporary() && spells.size() >= 2
                    && spells.get(spells.size() - 2).placement.id().equals(placement.id());
            boolean newCarer = previous == null
                    || (carerChanged && !placement.isTemporary() && !returning && !previous.placement.id().equals(placement.id()));
            if (previous != null) previous.until = date;
            MutableSpell spell = new MutableSpell(placement, date, newCarer);
            spell.costs.add(new Dated<>(date, placement.weeklyCost()));
            spells.add(spell);
        }

        void cost(String placementId, LocalDate date, Money cost) {
            for (int i = spells.size() - 1; i >= 0; i--) {
                if (spells.get(i).placement.id().equals(placementId)) {
                    List<Dated<Money>> costs = spells.get(i).costs;
                    costs.removeIf(c -> c.from().equals(date));
                    costs.add(new Dated<>(date, cost));
                    costs.sort(Comparator.comparing(Dated::from));
                    return;
                }
            }
        }

        CarePeriod close(LocalDate end, CareCeased ceased) {
            List<Spell> done = new ArrayList<>();
            for (int i = 0; i < spells.size(); i++) {
                MutableSpell s = spells.get(i);
                LocalDate until = i == spells.size() - 1 ? end : s.until;
                done.add(new Spell(s.placement, s.from, until, s.newCarer, s.costs));
            }
            return new CarePeriod(start, end, ceased == null ? null : ceased.reason(), cin, done, statuses, startBeforeRecords);
        }
    }

    private static final class MutableSpell {
        final Placement placement;
        final LocalDate from;
        final boolean newCarer;
        final List<Dated<Money>> costs = new ArrayList<>();
        LocalDate until;

        MutableSpell(Placement placement, LocalDate from, boolean newCarer) {
            this.placement = placement;
            this.from = from;
            this.newCarer = newCarer;
        }
    }
}
