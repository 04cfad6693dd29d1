package org.placementledger.projections.incare;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placementledger.events.RecordedEvent;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.projections.kafka.StreamsSettings;
import org.placementledger.projections.kafka.TopicSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.placementledger.projections.incare.Children.CHILDRENS_HOME;
import static org.placementledger.projections.incare.Children.HOSPITAL;
import static org.placementledger.projections.incare.Children.corrects;
import static org.placementledger.projections.incare.Children.goesHome;
import static org.placementledger.projections.incare.Children.movesTo;
import static org.placementledger.projections.incare.Children.placementOrder;
import static org.placementledger.projections.incare.Children.recorded;
import static org.placementledger.projections.incare.Children.retracts;
import static org.placementledger.projections.incare.Children.startsInFostering;

class InCareNowTopologyTest {

    private final Map<String, Long> readModel = new HashMap<>();
    private TopologyTestDriver driver;
    private TestInputTopic<String, RecordedEvent> events;
    private TestInputTopic<String, String> raw;

    @BeforeEach
    void start() throws Exception {
        StreamsBuilder builder = new StreamsBuilder();
        InCareNowTopology.addTo(builder, (dimension, group, children) -> readModel.put(dimension + "/" + group, children));
        Properties settings = StreamsSettings.of("in-care-now-test", "unused:9092", Files.createTempDirectory("streams"));
        driver = new TopologyTestDriver(builder.build(settings), settings);
        events = driver.createInputTopic(TopicSpec.PLACEMENT_EVENTS.name(), new StringSerializer(),
                TopicSpec.PLACEMENT_EVENTS.valueSerde().serializer());
        raw = driver.createInputTopic(TopicSpec.PLACEMENT_EVENTS.name(), new StringSerializer(), new StringSerializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void send(RecordedEvent event) {
        events.pipeInput(event.childId(), event);
    }

    private long count(String store, String group) {
        KeyValueStore<String, Long> counts = driver.getKeyValueStore(store);
        Long n = counts.get(group);
        return n == null ? 0 : n;
    }

    private long inCare() {
        return count(InCareNowTopology.HEADLINE, InCareNowTopology.ALL);
    }

    @Test
    void givenAChildStartsCareInAgencyFostering_thenTheyAreCountedUnderU6AndPR4() {
        send(recorded("e1", 0, startsInFostering("TQ-1001", LegalStatus.C2)));

        assertThat(inCare()).isEqualTo(1);
        assertThat(count(InCareNowTopology.BY_PLACEMENT_TYPE, "U6")).isEqualTo(1);
        assertThat(count(InCareNowTopology.BY_PROVIDER, "PR4")).isEqualTo(1);
        assertThat(readModel).containsEntry("inCare/all", 1L).containsEntry("placementType/U6", 1L).containsEntry("provider/PR4", 1L);
    }

    @Test
    void givenAChildInFostering_whenTheyMoveToAChildrensHome_thenU6LosesThemAndK2GainsThem() {
        send(recorded("e1", 0, startsInFostering("TQ-1001", LegalStatus.C2)));
        send(recorded("e2", 0, startsInFostering("TQ-1002", LegalStatus.C2)));
        send(recorded("e3", 1, movesTo("TQ-1001", CHILDRENS_HOME, LocalDate.of(2024, 9, 1))));

        assertThat(inCare()).isEqualTo(2);
        assertThat(count(InCareNowTopology.BY_PLACEMENT_TYPE, "U6")).isEqualTo(1);
        assertThat(count(InCareNowTopology.BY_PLACEMENT_TYPE, "K2")).isEqualTo(1);
        assertThat(count(InCareNowTopology.BY_PROVIDER, "PR4")).isEqualTo(2);
        assertThat(readModel).containsEntry("placementType/U6", 1L).containsEntry("placementType/K2", 1L).containsEntry("inCare/all", 2L);
    }

    @Test
    void givenAChildGoesIntoHospital_thenTheyAreCountedUnderT1WithNoProvider() {
        send(recorded("e1", 0, startsInFostering("TQ-1001", LegalStatus.C2)));
        send(recorded("e2", 1, movesTo("TQ-1001", HOSPITAL, LocalDate.of(2024, 3, 2))));

        assertThat(count(InCareNowTopology.BY_PLACEMENT_TYPE, "T1")).isEqualTo(1);
        assertThat(count(InCareNowTopology.BY_PROVIDER, ChildNow.NO_PROVIDER)).isEqualTo(1);
        assertThat(count(InCareNowTopology.BY_PROVIDER, "PR4")).isZero();
    }

    @Test
    void givenAChildLeavesCare_thenEveryCountLosesThem_andARe_entryCountsThemAgain() {
        send(recorded("e1", 0, startsInFostering("TQ-1001", LegalStatus.C2)));
        send(recorded("e2", 1, goesHome("TQ-1001", LocalDate.of(2024, 5, 20))));

        assertThat(inCare()).isZero();
        assertThat(count(InCareNowTopology.BY_PLACEMENT_TYPE, "U6")).isZero();
        assertThat(readModel).containsEntry("placementType/U6", 0L).containsEntry("inCare/all", 0L);

        send(recorded("e3", 2, startsInFostering("TQ-1001", LegalStatus.V2).withStart(LocalDate.of(2024, 8, 1))));
        assertThat(inCare()).isEqualTo(1);
        assertThat(count(InCareNowTopology.BY_PLACEMENT_TYPE, "U6")).isEqualTo(1);
    }

    @Test
    void givenTheSameEventDeliveredTwice_thenNothingIsCountedTwice() {
        RecordedEvent start = recorded("e1", 0, startsInFostering("TQ-1001", LegalStatus.C2));
        RecordedEvent move = recorded("e2", 1, movesTo("TQ-1001", CHILDRENS_HOME, LocalDate.of(2024, 9, 1)));
        send(start);
        send(start);
        send(move);
        send(move);
        // An older event repeated after newer ones, as after a relay restart.
        send(start);

        assertThat(inCare()).isEqualTo(1);
        assertThat(count(InCareNowTopology.BY_PLACEMENT_TYPE, "K2")).isEqualTo(1);
        assertThat(count(InCareNowTopology.BY_PLACEMENT_TYPE, "U6")).isZero();
        assertThat(readModel).containsEntry("inCare/all", 1L).containsEntry("placementType/K2", 1L).containsEntry("placementType/U6", 0L);
    }

    @Test
    void givenAMoveRecordedWithTheWrongType_whenCorrected_thenTheChildMovesBetweenGroups() {
        send(recorded("e1", 0, startsInFostering("TQ-1001", LegalStatus.C2)));
        send(recorded("e2", 1, movesTo("TQ-1001", CHILDRENS_HOME, LocalDate.of(2024, 9, 1))));
        var secure = new org.placementledger.events.Placement("P2", org.placementledger.events.codes.PlacementType.K1,
                CHILDRENS_HOME.provider(), CHILDRENS_HOME.urn(), CHILDRENS_HOME.postcode(), CHILDRENS_HOME.weeklyCost(), false);
        send(recorded("e3", 2, corrects("TQ-1001", "e2", movesTo("TQ-1001", secure, LocalDate.of(2024, 9, 1)))));

        assertThat(count(InCareNowTopology.BY_PLACEMENT_TYPE, "K2")).isZero();
        assertThat(count(InCareNowTopology.BY_PLACEMENT_TYPE, "K1")).isEqualTo(1);
        assertThat(inCare()).isEqualTo(1);
    }

    @Test
    void givenAMoveRetracted_thenTheChildIsBackInThePlacementBefore() {
        send(recorded("e1", 0, startsInFostering("TQ-1001", LegalStatus.C2)));
        send(recorded("e2", 1, movesTo("TQ-1001", CHILDRENS_HOME, LocalDate.of(2024, 9, 1))));
        send(recorded("e3", 2, retracts("TQ-1001", "e2", LocalDate.of(2024, 9, 1))));

        assertThat(count(InCareNowTopology.BY_PLACEMENT_TYPE, "K2")).isZero();
        assertThat(count(InCareNowTopology.BY_PLACEMENT_TYPE, "U6")).isEqualTo(1);
    }

    @Test
    void givenAChildOnShortBreaks_thenTheyAreCountedApartFromTheHeadline() {
        send(recorded("e1", 0, startsInFostering("TQ-1001", LegalStatus.C2)));
        send(recorded("e2", 0, startsInFostering("TQ-1002", LegalStatus.V3)));

        assertThat(inCare()).isEqualTo(1);
        assertThat(count(InCareNowTopology.SHORT_BREAKS, InCareNowTopology.ALL)).isEqualTo(1);
        assertThat(count(InCareNowTopology.BY_PLACEMENT_TYPE, "U6")).isEqualTo(1);

        send(recorded("e3", 1, placementOrder("TQ-1002", LocalDate.of(2024, 4, 2))));
        assertThat(inCare()).isEqualTo(2);
        assertThat(count(InCareNowTopology.SHORT_BREAKS, InCareNowTopology.ALL)).isZero();
    }

    @Test
    void givenARecordThatIsNotAnEvent_thenItIsPassedOver_andTheNextEventsStillCount() {
        raw.pipeInput("TQ-1001", "{\"this is\": not json");
        raw.pipeInput("TQ-1001", "{\"eventId\": \"x\", \"childId\": \"TQ-1001\", \"sequence\": 0, \"event\": {\"@type\": \"NoSuchEvent\"}}");
        send(recorded("e1", 0, startsInFostering("TQ-1001", LegalStatus.C2)));

        assertThat(inCare()).isEqualTo(1);
    }
}
