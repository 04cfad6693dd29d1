package org.placementledger.commandside.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.junit.jupiter.api.Test;
import org.placementledger.events.EventRevision;
import org.placementledger.events.HomePostcodeChanged;
import org.placementledger.events.json.LedgerJson;
import org.placementledger.events.Postcode;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a renamed field is upgraded, the example docs/operations.md (Upgrades) points to. Stored events are never
 * rewritten: when a field of an event is renamed, its revision goes up and an upcaster turns the stored form of the
 * old revision into the new one as it is read. Here a version before revision 1 of {@code HomePostcodeChanged} is
 * supposed to have called the field {@code homePostCode}; its stored events read as today's once the upcaster is in
 * the engine's chain, and not without it.
 */
class RenamedFieldUpcasterTest {

    /** Revision 0 called it {@code homePostCode}; revision 1 calls it {@code homePostcode}. */
    static final class HomePostcodeRenamed extends SingleEventUpcaster {

        private static final String TYPE = HomePostcodeChanged.class.getName();

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation event) {
            return event.getType().getName().equals(TYPE) && "0".equals(event.getType().getRevision());
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
            return event.upcastPayload(new SimpleSerializedType(TYPE, "1"), JsonNode.class, payload -> {
                ObjectNode json = (ObjectNode) payload;
                json.set("homePostcode", json.remove("homePostCode"));
                return json;
            });
        }
    }

    private static Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(LedgerJson.mapper())
                .revisionResolver(type -> type.getAnnotation(EventRevision.class) == null ? null : type.getAnnotation(EventRevision.class).value())
                .build();
    }

    @Test
    void givenAnEventStoredByAnOlderVersionUnderTheFieldsOldName_whenReadWithTheUpcaster_thenItIsTodaysEvent() {
        try (StoreFixture store = new StoreFixture(new MemoryBackend(), 100, Clock.systemUTC())) {
            Serializer serializer = serializer();
            MongoPositionedEventStorageEngine writer = MongoPositionedEventStorageEngine.builder().database(store.database)
                    .eventSerializer(serializer).snapshotSerializer(serializer).build();
            HomePostcodeChanged moved = new HomePostcodeChanged("TQ-1001", LocalDate.of(2024, 12, 2), Postcode.of("TQ4 7EA"));
            writer.appendEvents(List.of(new GenericDomainEventMessage<>(StoreFixture.AGGREGATE_TYPE, "TQ-1001", 0, moved)));
            // As the older version would have stored it: revision 0, the field under its old name.
            var events = store.database.getCollection("events");
            String stored = events.find().first().getString("payload");
            assertThat(stored).contains("\"homePostcode\":\"TQ4 7EA\"");
            events.updateOne(Filters.eq("aggregateId", "TQ-1001"), Updates.combine(
                    Updates.set("payload", stored.replace("\"homePostcode\"", "\"homePostCode\"")), Updates.set("payloadRevision", "0")));

            MongoPositionedEventStorageEngine upgraded = MongoPositionedEventStorageEngine.builder().database(store.database)
                    .eventSerializer(serializer).snapshotSerializer(serializer)
                    .upcasterChain(new EventUpcasterChain(new HomePostcodeRenamed())).build();
            DomainEventMessage<?> read = upgraded.readEvents("TQ-1001").next();
            assertThat(read.getPayload()).isEqualTo(moved);

            MongoPositionedEventStorageEngine withoutIt = MongoPositionedEventStorageEngine.builder().database(store.database)
                    .eventSerializer(serializer).snapshotSerializer(serializer).build();
            // Without it the old form still reads, silently without the postcode (unknown fields are passed over):
            // which is why a renamed field needs its upcaster, and the JSON contract test pins every form.
            HomePostcodeChanged lost = (HomePostcodeChanged) withoutIt.readEvents("TQ-1001").next().getPayload();
            assertThat(lost.homePostcode()).isNull();
        }
    }
}
