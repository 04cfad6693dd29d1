package org.placementledger.infra.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The keys the embedded indexes make directly must be the keys the server's general way makes, or lookups miss. */
class PlainIndexKeysTest {

    @Test
    void a_key_made_directly_is_the_key_the_server_makes_for_every_kind_of_value() {
        List<Object> values = java.util.Arrays.asList("child-42/3", "", "caf\u00e9", 7, -7, 7L, 1L << 53, (1L << 53) + 1, Long.MIN_VALUE,
                2.5, true, null, new Document("a", 1), List.of(1, 2), java.time.Instant.parse("2024-03-31T00:00:00Z"));
        for (String field : List.of("_id", "streamKey", "a.b")) {
            SerializedKeyUniqueIndex fast = fastIndex(field);
            AbstractUniqueIndex<Object> general = generalIndex(field);
            for (Object value : values) {
                Document document = field.equals("a.b") ? new Document("a", new Document("b", value)) : new Document(field, value);
                assertThat(fast.getKeyValues(document)).as("%s = %s", field, value).isEqualTo(general.getKeyValues(document));
            }
            assertThat(fast.getKeyValues(new Document("other", 1))).isEqualTo(general.getKeyValues(new Document("other", 1)));
        }
    }

    @Test
    void a_whole_number_is_refused_again_whether_it_comes_as_an_int_or_a_long() {
        MongoCollection<Object> collection = org.mockito.Mockito.mock(MongoCollection.class);
        org.mockito.Mockito.when(collection.getFullName()).thenReturn("t.events");
        SerializedKeyUniqueIndex index = fastIndex("_id");
        index.checkAdd(new Document("_id", 5), collection);
        index.add(new Document("_id", 5), 1L, collection);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> index.checkAdd(new Document("_id", 5L), collection))
                .isInstanceOf(de.bwaldvogel.mongo.exception.DuplicateKeyError.class).hasMessageContaining("duplicate key");
        index.checkAdd(new Document("_id", 6L), collection);
    }

    private static SerializedKeyUniqueIndex fastIndex(String field) {
        MVMap<SerializedKey, Object> map = MVStore.open(null)
                .openMap("i", new MVMap.Builder<SerializedKey, Object>().keyType(new SerializedKeyType()));
        return new SerializedKeyUniqueIndex(map, "i", List.of(new IndexKey(field, true)), false);
    }

    /** The server's own way of making keys, with nothing stored. */
    private static AbstractUniqueIndex<Object> generalIndex(String field) {
        return new AbstractUniqueIndex<>("g", List.of(new IndexKey(field, true)), false) {
            @Override
            protected Object removeDocument(KeyValue key) {
                return null;
            }

            @Override
            protected boolean putKeyPosition(KeyValue key, Object position) {
                return true;
            }

            @Override
            protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
                return List.of();
            }

            @Override
            protected Object getPosition(KeyValue key) {
                return null;
            }

            @Override
            public long getCount() {
                return 0;
            }

            @Override
            public long getDataSize() {
                return 0;
            }
        };
    }
}
