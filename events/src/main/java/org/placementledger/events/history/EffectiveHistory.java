package org.placementledger.events.history;

import org.placementledger.events.CareFact;
import org.placementledger.events.CareStarted;
import org.placementledger.events.PlacementChanged;
import org.placementledger.events.ChildEvent;
import org.placementledger.events.EventCorrected;
import org.placementledger.events.EventRetracted;
import org.placementledger.events.PersonalDataErased;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;

/**
 * A child's facts with every correction and retraction applied: what the record says now. The one
 * place that decides what a correction means, used by the rules on the command side and by every
 * projection, so that they cannot disagree.
 * <p>
 * Immutable: {@link #with} returns a new history. A correction may name the original event or an
 * earlier correction of it; either way it replaces the original's fact.
 */
public final class EffectiveHistory {

    private static final EffectiveHistory EMPTY = new EffectiveHistory(new LinkedHashMap<>(), new HashMap<>(), Map.of(), Set.of(), -1, false);

    private final LinkedHashMap<String, StoredFact> facts;
    /** Every event id seen, corrections included, to the id of the original fact it concerns. */
    private final Map<String, String> originalOf;
    private final Map<String, String> retracted;
    /** Every placement id this child's stream has named, retracted ones included, so none is given twice. */
    private final Set<String> placementIds;
    private final long lastSequence;
    private final boolean personalDataErased;

    private EffectiveHistory(LinkedHashMap<String, StoredFact> facts, Map<String, String> originalOf,
                             Map<String, String> retracted, Set<String> placementIds, long lastSequence, boolean personalDataErased) {
        this.facts = facts;
        this.originalOf = originalOf;
        this.retracted = retracted;
        this.placementIds = placementIds;
        this.lastSequence = lastSequence;
        this.personalDataErased = personalDataErased;
    }

    public static EffectiveHistory empty() {
        return EMPTY;
    }

    /**
     * The history after one more event of the child's stream.
     *
     * @throws UnknownEventException when a correction or retraction names an event this history does
     *                               not hold, or one already retracted
     */
    public EffectiveHistory with(String eventId, long sequence, ChildEvent event) {
        LinkedHashMap<String, StoredFact> nextFacts = new LinkedHashMap<>(facts);
        Map<String, String> nextOriginalOf = new HashMap<>(originalOf);
        Map<String, String> nextRetracted = retracted;
        Set<String> nextPlacementIds = placementIds;
        String placementId = placementIdStartedBy(event);
        if (placementId != null && !placementIds.contains(placementId)) {
            nextPlacementIds = new HashSet<>(placementIds);
            nextPlacementIds.add(placementId);
        }
        if (event instanceof CareFact fact) {
            nextFacts.put(eventId, new StoredFact(eventId, sequence, fact, null));
            nextOriginalOf.put(eventId, eventId);
        } else if (event instanceof EventCorrected corrected) {
            String original = liveOriginal(corrected.correctedEventId());
            StoredFact before = facts.get(original);
            nextFacts.put(original, new StoredFact(original, before.sequence(), corrected.correction(), eventId));
            nextOriginalOf.put(eventId, original);
        } else if (event instanceof EventRetracted retraction) {
            String original = liveOriginal(retraction.retractedEventId());
            nextFacts.remove(original);
            nextOriginalOf.put(eventId, original);
            Map<String, String> r = new HashMap<>(retracted);
            r.put(original, eventId);
            nextRetracted = r;
        }
        return new EffectiveHistory(nextFacts, nextOriginalOf, nextRetracted, nextPlacementIds, Math.max(lastSequence, sequence),
                personalDataErased || event instanceof PersonalDataErased);
    }

    private static String placementIdStartedBy(ChildEvent event) {
        ChildEvent fact = event instanceof EventCorrected corrected ? corrected.correction() : event;
        if (fact instanceof CareStarted started) return started.placement().id();
        if (fact instanceof PlacementChanged changed) return changed.placement().id();
        return null;
    }

    /** Every placement id the child's stream has ever named, including those of retracted events. */
    public Set<String> placementIdsEverUsed() {
        return Collections.unmodifiableSet(placementIds);
    }

    private String liveOriginal(String eventId) {
        String original = originalOf.get(eventId);
        if (original == null) throw new UnknownEventException(eventId, "no event with this id in the child's record");
        if (retracted.containsKey(original)) {
            throw new UnknownEventException(eventId, "event " + original + " was retracted by " + retracted.get(original));
        }
        return original;
    }

    /** The facts in the order they were recorded. */
    public List<StoredFact> inRecordedOrder() {
        return List.copyOf(facts.values());
    }

    /** The facts in the order they happened: by effective date, then by the order they were recorded. */
    public List<StoredFact> inEffectiveOrder() {
        List<StoredFact> ordered = new ArrayList<>(facts.values());
        ordered.sort(Comparator.comparing((StoredFact f) -> f.fact().effectiveDate()).thenComparingLong(StoredFact::sequence));
        return Collections.unmodifiableList(ordered);
    }

    /** The fact an event id stands for now (the id of a correction finds the fact it corrected). */
    public Optional<StoredFact> find(String eventId) {
        String original = originalOf.get(eventId);
        return original == null ? Optional.empty() : Optional.ofNullable(facts.get(original));
    }

    public boolean holds(String eventId) {
        return originalOf.containsKey(eventId);
    }

    public boolean isRetracted(String eventId) {
        String original = originalOf.get(eventId);
        return original != null && retracted.containsKey(original);
    }

    /** The sequence number of the last event applied, or -1 for none: what projections deduplicate on. */
    /** The child's personal data was erased: the record reads with the kept forms only, and takes nothing more. */
    public boolean personalDataErased() {
        return personalDataErased;
    }

    public long lastSequence() {
        return lastSequence;
    }

    /** A history in which {@code eventId} stands for {@code replacement}, to check a correction before it is made. */
    public EffectiveHistory replacing(String eventId, CareFact replacement) {
        return with("proposed-correction", lastSequence + 1, new EventCorrected(replacement.childId(), eventId, replacement, ""));
    }

    /** A history without {@code eventId}, to check a retraction before it is made. */
    public EffectiveHistory without(String eventId) {
        StoredFact fact = find(eventId).orElseThrow(() -> new UnknownEventException(eventId, "no event with this id in the child's record"));
        return with("proposed-retraction", lastSequence + 1,
                new EventRetracted(fact.fact().childId(), fact.fact().effectiveDate(), eventId, ""));
    }
}
