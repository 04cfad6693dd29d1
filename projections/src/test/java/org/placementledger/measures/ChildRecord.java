package org.placementledger.measures;

import org.placementledger.events.CareCeased;
import org.placementledger.events.CareStarted;
import org.placementledger.events.ChildEvent;
import org.placementledger.events.LegalStatusChanged;
import org.placementledger.events.Money;
import org.placementledger.events.Placement;
import org.placementledger.events.PlacementChanged;
import org.placementledger.events.PlacementCostChanged;
import org.placementledger.events.Postcode;
import org.placementledger.events.codes.CategoryOfNeed;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.codes.PlacementProvider;
import org.placementledger.events.codes.PlacementType;
import org.placementledger.events.codes.ReasonEpisodeCeased;
import org.placementledger.events.codes.ReasonPlaceChange;
import org.placementledger.events.codes.Sex;
import org.placementledger.events.history.CareTimeline;
import org.placementledger.events.history.EffectiveHistory;

import java.time.LocalDate;

/** Builds a child's record fact by fact, as a recorder would, for hand-computed scenarios. */
final class ChildRecord {

    private final String childId;
    private final LocalDate born;
    private Postcode home = Postcode.of("TQ2 5QE");
    private EffectiveHistory history = EffectiveHistory.empty();
    private long sequence;
    private int placements;

    private ChildRecord(String childId, LocalDate born) {
        this.childId = childId;
        this.born = born;
    }

    static ChildRecord child(String childId, LocalDate born) {
        return new ChildRecord(childId, born);
    }

    ChildRecord livingAt(String postcode) {
        home = Postcode.of(postcode);
        return this;
    }

    static Placement placement(PlacementType type, PlacementProvider provider, String postcode, String weekly) {
        return new Placement("?", type, provider, null, Postcode.of(postcode), weekly == null ? null : Money.of(weekly), false);
    }

    private ChildRecord add(ChildEvent event) {
        history = history.with("e" + sequence, sequence, event);
        sequence++;
        return this;
    }

    private Placement numbered(Placement p) {
        return p.withId("P" + (++placements));
    }

    ChildRecord starts(LocalDate date, Placement placement) {
        return starts(date, placement, LegalStatus.C2);
    }

    ChildRecord starts(LocalDate date, Placement placement, LegalStatus status) {
        return add(new CareStarted(childId, date, born, Sex.F, home, status, CategoryOfNeed.N1, numbered(placement)));
    }

    /** Held from a first known episode (903 RNE P): the period of care began before the records. */
    ChildRecord knownFrom(LocalDate date, Placement placement) {
        return add(new CareStarted(childId, date, born, Sex.F, home, LegalStatus.C2, CategoryOfNeed.N1, numbered(placement),
                org.placementledger.events.codes.ReasonNewEpisode.P));
    }

    ChildRecord moves(LocalDate date, Placement placement) {
        return add(new PlacementChanged(childId, date, numbered(placement), ReasonPlaceChange.CARPL, true));
    }

    /** A change of placement with the same carer (903 RNE T), such as a foster placement becoming long term. */
    ChildRecord sameCarer(LocalDate date, Placement placement) {
        return add(new PlacementChanged(childId, date, numbered(placement), ReasonPlaceChange.PLACE, false));
    }

    /** Back to the placement before a temporary one: the same placement id. */
    ChildRecord returnsTo(LocalDate date, String placementId, Placement placement) {
        return add(new PlacementChanged(childId, date, placement.withId(placementId), ReasonPlaceChange.OTHER, false));
    }

    ChildRecord costs(LocalDate date, String placementId, String weekly) {
        return add(new PlacementCostChanged(childId, date, placementId, Money.of(weekly)));
    }

    ChildRecord status(LocalDate date, LegalStatus status) {
        return add(new LegalStatusChanged(childId, date, status));
    }

    ChildRecord ceases(LocalDate date, ReasonEpisodeCeased reason) {
        return add(new CareCeased(childId, date, reason));
    }

    EffectiveHistory history() {
        return history;
    }

    CareTimeline timeline() {
        return CareTimeline.of(childId, history);
    }
}
