package org.placementledger.queryside.history;

import org.placementledger.events.CareStarted;
import org.placementledger.events.ChildEvent;
import org.placementledger.events.EventCorrected;
import org.placementledger.events.Money;
import org.placementledger.events.Placement;
import org.placementledger.events.PlacementChanged;
import org.placementledger.events.PlacementCostChanged;
import org.placementledger.events.Postcode;
import org.placementledger.events.RecordedEvent;
import org.placementledger.events.codes.CategoryOfNeed;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.codes.PlacementProvider;
import org.placementledger.events.codes.PlacementType;
import org.placementledger.events.codes.ReasonPlaceChange;
import org.placementledger.events.codes.Sex;
import org.placementledger.projections.incare.ChildTimeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An event log in memory, each event recorded at a chosen instant: the record as the event store would give it. */
public final class RecordedChildren implements ChildEventLog {

    public static final Placement FOSTER = new Placement("P1", PlacementType.U6, PlacementProvider.PR4, null, Postcode.of("TQ1 3AB"), Money.of("965"), false);
    public static final Placement IN_HOUSE = new Placement("P2", PlacementType.U4, PlacementProvider.PR1, null, Postcode.of("TQ2 7AA"), Money.of("402"), false);
    public static final Placement HOME = new Placement("P3", PlacementType.K2, PlacementProvider.PR4, null, Postcode.of("EX4 3PL"), Money.of("4725"), false);

    private final Map<String, List<RecordedEvent>> events = new LinkedHashMap<>();

    /** Records an event at an instant; returns its id. */
    public String record(Instant at, ChildEvent event, String by) {
        List<RecordedEvent> child = events.computeIfAbsent(event.childId(), k -> new ArrayList<>());
        String id = event.childId() + "-e" + child.size();
        child.add(new RecordedEvent(id, event.childId(), child.size(), at, by, "1", event));
        return id;
    }

    public static CareStarted starts(String child, LocalDate date, Placement placement) {
        return new CareStarted(child, date, LocalDate.of(2014, 6, 2), Sex.F, Postcode.of("TQ2 5QE"), LegalStatus.C2, CategoryOfNeed.N1, placement);
    }

    public static PlacementChanged moves(String child, LocalDate date, Placement placement) {
        return new PlacementChanged(child, date, placement, ReasonPlaceChange.CARPL, true);
    }

    public static PlacementCostChanged costs(String child, LocalDate date, String placementId, String pounds) {
        return new PlacementCostChanged(child, date, placementId, Money.of(pounds));
    }

    public static EventCorrected corrects(String child, String eventId, PlacementCostChanged correction) {
        return new EventCorrected(child, eventId, correction, "keyed wrongly");
    }

    @Override
    public List<RecordedEvent> events(String childId) {
        return List.copyOf(events.getOrDefault(childId, List.of()));
    }

    public Iterable<String> childIds() {
        return events.keySet();
    }

    /** The child's timeline as the projection holds it once every event has arrived. */
    public ChildTimeline timeline(String childId) {
        ChildTimeline timeline = ChildTimeline.empty();
        for (RecordedEvent e : events(childId)) timeline = timeline.apply(e);
        return timeline;
    }
}
