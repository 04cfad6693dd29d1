package org.placementledger.commandside.eventstore;

import org.axonframework.common.IdentifierFactory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TimeOrderedIdentifiersTest {

    @Test
    void event_ids_are_version_7_uuids_that_grow_as_text_in_the_order_they_are_made() {
        IdentifierFactory ids = new TimeOrderedIdentifiers();
        List<String> made = new ArrayList<>();
        long before = System.currentTimeMillis();
        for (int i = 0; i < 20_000; i++) made.add(ids.generateIdentifier());
        assertThat(made).isSorted();
        assertThat(new HashSet<>(made)).hasSize(made.size());
        UUID first = UUID.fromString(made.get(0));
        assertThat(first.version()).isEqualTo(7);
        assertThat(first.variant()).isEqualTo(2);
        assertThat(first.getMostSignificantBits() >>> 16).as("milliseconds since 1970 first").isBetween(before, System.currentTimeMillis() + 10);
    }

    @Test
    void axon_makes_its_message_ids_this_way() {
        assertThat(IdentifierFactory.getInstance()).isInstanceOf(TimeOrderedIdentifiers.class);
    }
}
