package org.placementledger.infra.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.List;

/**
 * The embedded MongoDB's H2 file backend with unique indexes keyed by {@link SerializedKey} (the same maps, file
 * format and key order, without serialising both keys at every step of every index lookup) and documents
 * written as BSON ({@link BsonDocumentType}; documents of older files are read as they were written).
 */
final class IndexedH2Backend extends H2Backend {

    /**
     * Pages held in memory, in MB. H2's default of 16 MB held too little of the event store's indexes: their
     * keys (child and sequence, event ids) are spread over the whole tree, so most lookups read pages from the file.
     */
    private static final int CACHE_MB = 128;

    IndexedH2Backend(String fileName) {
        super(new MVStore.Builder().fileName(fileName).cacheSize(CACHE_MB).open());
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName);
    }

    /**
     * Not static: H2Database opens its indexes from its constructor, before a field of this class could be set;
     * the backend (and its store) is there already.
     */
    private final class Database extends H2Database {

        Database(String name) {
            super(name, getMvStore(), getCursorRegistry());
        }

        /** The same maps H2Database opens, by the same names, with documents written as BSON. */
        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> data = getMvStore()
                    .openMap("databases." + namespace, new MVMap.Builder<Object, Document>().valueType(new BsonDocumentType()));
            MVMap<String, Object> meta = getMvStore().openMap("meta." + namespace);
            return new H2Collection(this, collectionName, options, data, meta, getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
            // The map's name is the one H2Database gives it, so an existing file's indexes are found again.
            String mapName = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
            MVMap<SerializedKey, Object> map = getMvStore()
                    .openMap(mapName, new MVMap.Builder<SerializedKey, Object>().keyType(new SerializedKeyType()));
            return new SerializedKeyUniqueIndex(map, indexName, keys, sparse);
        }
    }
}
