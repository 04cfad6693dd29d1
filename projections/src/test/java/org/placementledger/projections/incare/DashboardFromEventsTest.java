package org.placementledger.projections.incare;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.placementledger.events.RecordedEvent;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.projections.kafka.StreamsSettings;
import org.placementledger.projections.kafka.TopicSpec;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.placementledger.projections.incare.Children.CHILDRENS_HOME;
import static org.placementledger.projections.incare.Children.HOSPITAL;
import static org.placementledger.projections.incare.Children.goesHome;
import static org.placementledger.projections.incare.Children.movesTo;
import static org.placementledger.projections.incare.Children.recorded;
import static org.placementledger.projections.incare.Children.startsInFostering;

/** The whole path the dashboard's figures take: events on the topic, the projection, MongoDB, the reader. */
class DashboardFromEventsTest {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private MongoClient client;
    private MongoDatabase database;
    private TopologyTestDriver driver;
    private TestInputTopic<String, RecordedEvent> events;

    @BeforeEach
    void start() throws Exception {
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        database = client.getDatabase("ledger");
        StreamsBuilder builder = new StreamsBuilder();
        InCareNowTopology.addTo(builder, new MongoCountsSink(database, Clock.fixed(Instant.parse("2025-06-30T09:00:00Z"), ZoneOffset.UTC)));
        Properties settings = StreamsSettings.of("in-care-now-dashboard-test", "unused:9092", Files.createTempDirectory("streams"));
        driver = new TopologyTestDriver(builder.build(settings), settings);
        events = driver.createInputTopic(TopicSpec.PLACEMENT_EVENTS.name(), new StringSerializer(),
                TopicSpec.PLACEMENT_EVENTS.valueSerde().serializer());
    }

    @AfterEach
    void stop() {
        driver.close();
        client.close();
        server.shutdownNow();
    }

    private void send(List<RecordedEvent> stream) {
        stream.forEach(event -> events.pipeInput(event.childId(), event));
    }

    @Test
    void givenFourChildren_whenOneMovesAndOneGoesHome_thenTheDashboardShowsTheChildrenInCareNow() {
        List<RecordedEvent> first = List.of(
                recorded("e1", 0, startsInFostering("TQ-1001", LegalStatus.C2)),
                recorded("e2", 1, movesTo("TQ-1001", CHILDRENS_HOME, LocalDate.of(2024, 9, 1))));
        List<RecordedEvent> second = List.of(
                recorded("e3", 0, startsInFostering("TQ-1002", LegalStatus.C1)),
                recorded("e4", 1, movesTo("TQ-1002", HOSPITAL, LocalDate.of(2024, 2, 3))));
        List<RecordedEvent> third = List.of(
                recorded("e5", 0, startsInFostering("TQ-1003", LegalStatus.V2)),
                recorded("e6", 1, goesHome("TQ-1003", LocalDate.of(2024, 3, 28))));
        List<RecordedEvent> shortBreaks = List.of(recorded("e7", 0, startsInFostering("TQ-1004", LegalStatus.V3)));
        send(first);
        send(second);
        send(third);
        send(shortBreaks);
        // The relay starts again from an old offset: everything comes a second time.
        send(first);
        send(third);

        InCareNow now = new InCareNowReader(database).read();

        assertThat(now.inCare()).isEqualTo(2);
        assertThat(now.shortBreaks()).isEqualTo(1);
        assertThat(now.byPlacementType()).containsExactly(Map.entry("K2", 1L), Map.entry("T1", 1L));
        assertThat(now.byProvider()).containsExactly(Map.entry("PR4", 1L), Map.entry(ChildNow.NO_PROVIDER, 1L));
        assertThat(now.updatedAt()).isEqualTo(Instant.parse("2025-06-30T09:00:00Z"));
    }
}
