package org.placementledger.queryside.history;

import org.placementledger.events.ChildEvent;
import org.placementledger.events.EventCorrected;
import org.placementledger.events.EventRetracted;
import org.placementledger.events.Money;
import org.placementledger.events.Placement;
import org.placementledger.events.RecordedEvent;
import org.placementledger.events.history.CarePeriod;
import org.placementledger.events.history.CareTimeline;
import org.placementledger.events.history.EffectiveHistory;
import org.placementledger.events.history.Spell;
import org.placementledger.measures.geography.Geography;
import org.placementledger.measures.geography.GridReference;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Replays a child's events, as known at an instant, into the history an auditor reads: each event with
 * what corrected or retracted it later, and the state of the child after it, folded by the same
 * {@link CareTimeline} the measures use.
 */
public final class ChildHistories {

    private final ChildEventLog log;
    private final Geography geography;

    public ChildHistories(ChildEventLog log, Geography geography) {
        this.log = log;
        this.geography = geography;
    }

    /** The child's history as known at {@code asKnownAt} (null: as known now); empty when the child has no event by then. */
    public Optional<ChildHistory> of(String childId, Instant asKnownAt) {
        List<RecordedEvent> known = new ArrayList<>();
        for (RecordedEvent e : log.events(childId)) {
            if (asKnownAt == null || !e.recordedAt().isAfter(asKnownAt)) known.add(e);
        }
        if (known.isEmpty()) return Optional.empty();

        Map<String, List<String>> correctedBy = new HashMap<>();
        Map<String, String> retractedBy = new HashMap<>();
        for (RecordedEvent e : known) {
            if (e.event() instanceof EventCorrected c) correctedBy.computeIfAbsent(c.correctedEventId(), k -> new ArrayList<>()).add(e.eventId());
            if (e.event() instanceof EventRetracted r) retractedBy.put(r.retractedEventId(), e.eventId());
        }

        List<ChildHistory.Entry> entries = new ArrayList<>(known.size());
        EffectiveHistory history = EffectiveHistory.empty();
        for (RecordedEvent e : known) {
            ChildEvent event = e.event();
            history = history.with(e.eventId(), e.sequence(), event);
            CareTimeline timeline = CareTimeline.of(childId, history);
            entries.add(new ChildHistory.Entry(e.sequence(), e.eventId(), event.getClass().getSimpleName(), event.effectiveDate(),
                    e.recordedAt(), e.recordedBy(),
                    event instanceof EventCorrected c ? c.correctedEventId() : null,
                    event instanceof EventRetracted r ? r.retractedEventId() : null,
                    List.copyOf(correctedBy.getOrDefault(e.eventId(), List.of())), retractedBy.get(e.eventId()),
                    event, stateOn(timeline, event.effectiveDate())));
        }
        return Optional.of(new ChildHistory(childId, asKnownAt, entries));
    }

    private ChildHistory.State stateOn(CareTimeline timeline, LocalDate date) {
        Optional<CarePeriod> period = timeline.periodOn(date);
        Optional<Spell> spell = period.flatMap(p -> p.spellOn(date));
        if (spell.isEmpty()) return new ChildHistory.State(date, false, null, null, null, null, null, null);
        Placement placement = spell.get().placement();
        Money cost = spell.get().weeklyCostOn(date);
        Optional<GridReference> home = geography.locate(timeline.homePostcodeOn(date));
        Optional<GridReference> placed = geography.locate(placement.postcode());
        BigDecimal miles = home.isPresent() && placed.isPresent() ? home.get().milesTo(placed.get()) : null;
        return new ChildHistory.State(date, true, placement.id(), placement.type().code(),
                placement.provider() == null ? null : placement.provider().code(), cost == null ? null : cost.pounds(),
                period.get().legalStatusOn(date).code(), miles);
    }
}
