package org.placementledger.measures;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.placementledger.events.CareCeased;
import org.placementledger.events.CareStarted;
import org.placementledger.events.ChildEvent;
import org.placementledger.events.EventRetracted;
import org.placementledger.events.HomePostcodeChanged;
import org.placementledger.events.LegalStatusChanged;
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
import org.placementledger.events.codes.ReasonEpisodeCeased;
import org.placementledger.events.codes.ReasonPlaceChange;
import org.placementledger.events.codes.Sex;
import org.placementledger.events.history.CareTimeline;
import org.placementledger.events.history.EffectiveHistory;
import org.placementledger.measures.Measures;
import org.placementledger.measures.MeasuresConfig;
import org.placementledger.measures.MeasuresReport;
import org.placementledger.measures.geography.PostcodeGrid;
import org.placementledger.projections.incare.TimelinesTopology;
import org.placementledger.projections.kafka.StreamsSettings;
import org.placementledger.projections.kafka.TopicSpec;
import org.placementledger.projections.timelines.TimelineIndex;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import static org.assertj.core.api.Assertions.assertThat;

/** Random valid histories of one child, for property tests: the rules of the record kept, everything else left to chance. */
public final class RandomHistories {

    public static final LocalDate FIRST = LocalDate.of(2021, 4, 1);
    public static final LocalDate LAST = LocalDate.of(2025, 3, 31);
    private static final List<Placement> PLACES = List.of(
            new Placement("x", PlacementType.U6, PlacementProvider.PR4, null, Postcode.of("TQ1 3AB"), Money.of("965"), false),
            new Placement("x", PlacementType.U4, PlacementProvider.PR1, null, Postcode.of("TQ2 7AA"), Money.of("402"), false),
            new Placement("x", PlacementType.K2, PlacementProvider.PR4, null, Postcode.of("EX4 3PL"), Money.of("4725"), false),
            new Placement("x", PlacementType.R3, PlacementProvider.PR4, null, Postcode.of("PL4 6AB"), Money.of("3830"), false),
            new Placement("x", PlacementType.P1, PlacementProvider.PR0, null, Postcode.of("TQ4 7EA"), null, false));

    private RandomHistories() {
    }

    /** A valid history: care starts, moves on, costs change, status changes, a correction or retraction, care ends and maybe starts again. */
    public static List<RecordedEvent> history(String id, Random random) {
        List<ChildEvent> facts = new ArrayList<>();
        List<String> moveIds = new ArrayList<>();
        LocalDate born = LocalDate.of(2006 + random.nextInt(15), 1 + random.nextInt(12), 1 + random.nextInt(28));
        LocalDate date = FIRST.plusDays(random.nextInt(300));
        if (date.isBefore(born)) date = born;
        int placements = 0;
        int periods = 1 + random.nextInt(2);
        for (int p = 0; p < periods && !date.isAfter(LAST); p++) {
            Placement first = PLACES.get(random.nextInt(PLACES.size())).withId("P" + (++placements));
            facts.add(new CareStarted(id, date, born, Sex.F, Postcode.of("TQ2 5QE"), random.nextInt(8) == 0 ? LegalStatus.V3 : LegalStatus.C1,
                    CategoryOfNeed.N1, first));
            String current = first.id();
            int steps = random.nextInt(6);
            for (int s = 0; s < steps; s++) {
                date = date.plusDays(10 + random.nextInt(200));
                if (date.isAfter(LAST)) break;
                switch (random.nextInt(4)) {
                    case 0 -> {
                        Placement next = PLACES.get(random.nextInt(PLACES.size())).withId("P" + (++placements));
                        facts.add(new PlacementChanged(id, date, next, ReasonPlaceChange.CARPL, random.nextInt(5) != 0));
                        moveIds.add(id + "-" + facts.size());
                        current = next.id();
                    }
                    case 1 -> facts.add(new PlacementCostChanged(id, date, current, Money.of(String.valueOf(300 + random.nextInt(6000)))));
                    case 2 -> facts.add(new HomePostcodeChanged(id, date, Postcode.of(random.nextBoolean() ? "EX4 4QJ" : "ZZ9 9ZZ")));
                    default -> facts.add(new LegalStatusChanged(id, date, random.nextBoolean() ? LegalStatus.C2 : LegalStatus.E1));
                }
            }
            if (!moveIds.isEmpty() && random.nextInt(3) == 0) {
                String target = moveIds.get(moveIds.size() - 1);
                facts.add(new EventRetracted(id, date, target, "recorded in error"));
                moveIds.remove(target);
            }
            date = date.plusDays(5 + random.nextInt(200));
            if (date.isAfter(LAST) || random.nextInt(3) == 0) break;
            facts.add(new CareCeased(id, date, ReasonEpisodeCeased.E4A));
            date = date.plusDays(30 + random.nextInt(300));
        }
        List<RecordedEvent> events = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            events.add(new RecordedEvent(id + "-" + (i + 1), id, i, Instant.parse("2025-04-01T09:00:00Z").plusSeconds(i), "property", "1", facts.get(i)));
        }
        return events;
    }
}
