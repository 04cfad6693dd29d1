package org.placementledger.commandside.eventstore;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Tamper evidence: each child's chain of hashes and the seals over every chain head. */
class EventChainsTest {

    private final StoreFixture store = new StoreFixture(new MemoryBackend(), 100, Clock.systemUTC());
    /** Two minutes on, so that every event appended is settled enough to seal. */
    private final EventChains chains = new EventChains(store.database, "events",
            Clock.fixed(Instant.now().plusSeconds(120), ZoneOffset.UTC));

    @AfterEach
    void stop() {
        store.close();
    }

    private void threeChildrenRecorded() {
        for (String child : List.of("TQ-1", "TQ-2", "TQ-3")) {
            for (long sequence = 0; sequence < 3; sequence++) store.engine.appendEvents(List.of(StoreFixture.placement(child, sequence)));
        }
    }

    @Test
    void givenEventsRecordedAndSealed_thenEveryChainAndTheSealVerify() {
        threeChildrenRecorded();
        EventChains.Seal seal = chains.seal();

        EventChains.Verification verification = chains.verify();

        assertThat(verification.intact()).isTrue();
        assertThat(verification.eventsChecked()).isEqualTo(9);
        assertThat(verification.children()).isEqualTo(3);
        assertThat(verification.problems()).isEmpty();
        assertThat(verification.seals()).singleElement().satisfies(s -> {
            assertThat(s.intact()).isTrue();
            assertThat(s.position()).isEqualTo(seal.position());
            assertThat(s.children()).isEqualTo(3);
        });
    }

    @Test
    void givenAStoredEventEditedDirectlyInMongoDB_thenVerifyNamesThatChildAndSequence() {
        threeChildrenRecorded();
        store.database.getCollection("events").updateOne(Filters.eq("streamKey", "TQ-2/1"),
                Updates.set("payload", "{\"childId\":\"TQ-2\",\"date\":\"2024-04-08\",\"placementType\":\"K2\",\"provider\":\"PR4\"}"));

        EventChains.Verification verification = chains.verify();

        assertThat(verification.intact()).isFalse();
        assertThat(verification.problems()).singleElement().satisfies(p -> {
            assertThat(p.childId()).isEqualTo("TQ-2");
            assertThat(p.sequence()).isEqualTo(1);
            assertThat(p.problem()).contains("changed after it was stored");
        });
    }

    @Test
    void givenAnEventReplacedWithAFreshHash_thenTheChainBreaksAtTheNextEvent() {
        threeChildrenRecorded();
        var events = store.database.getCollection("events");
        var stored = events.find(Filters.eq("streamKey", "TQ-3/1")).first();
        stored.put("payload", stored.getString("payload").replace("PR4", "PR1"));
        stored.put("hash", EventHashes.of(stored, stored.getString("previousHash")));
        events.replaceOne(Filters.eq("streamKey", "TQ-3/1"), stored);

        EventChains.Verification verification = chains.verify();

        assertThat(verification.problems()).singleElement().satisfies(p -> {
            assertThat(p.childId()).isEqualTo("TQ-3");
            assertThat(p.sequence()).isEqualTo(2);
            assertThat(p.problem()).contains("chain is broken");
        });
    }

    @Test
    void givenAChildsLastEventRemovedAfterASeal_thenTheSealNoLongerHolds() {
        threeChildrenRecorded();
        chains.seal();
        store.database.getCollection("events").deleteOne(Filters.eq("streamKey", "TQ-1/2"));

        EventChains.Verification verification = chains.verify();

        assertThat(verification.problems()).isEmpty();
        assertThat(verification.seals()).singleElement().satisfies(s -> assertThat(s.intact()).isFalse());
        assertThat(verification.intact()).isFalse();
    }
}
