package org.placementledger.commandside.eventstore;

import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conflict check must read a real MongoDB's errors as well as the embedded server's: a real one names the
 * refusing index's fields in {@code keyPattern} (4.4 and later).
 */
class DuplicateStreamKeyResolverTest {

    private final DuplicateStreamKeyResolver resolver = new DuplicateStreamKeyResolver();

    private static MongoWriteException refused(int code, String message, String details) {
        return new MongoWriteException(new WriteError(code, message, BsonDocument.parse(details)), new ServerAddress());
    }

    @Test
    void givenARealMongoDbRefusingASecondWriterOfAChildsSequence_thenItIsAConflict() {
        assertThat(resolver.isDuplicateKeyViolation(refused(11000,
                "E11000 duplicate key error collection: ledger.events index: streamKey_1 dup key: { streamKey: \"TQ-1001/3\" }",
                "{keyPattern: {streamKey: 1}, keyValue: {streamKey: 'TQ-1001/3'}}"))).isTrue();
    }

    @Test
    void givenARealMongoDbRefusingAPositionTakenTwice_thenItIsNoConflictOfWriters() {
        assertThat(resolver.isDuplicateKeyViolation(refused(11000,
                "E11000 duplicate key error collection: ledger.events index: _id_ dup key: { _id: 41 }",
                "{keyPattern: {_id: 1}, keyValue: {_id: 41}}"))).isFalse();
    }

    @Test
    void givenTheEmbeddedServersMessageWithoutDetails_thenTheIndexIsReadFromTheMessage() {
        assertThat(resolver.isDuplicateKeyViolation(refused(11000,
                "E11000 duplicate key error collection: ledger.events index: streamKey_unique dup key: { streamKey: \"TQ-1001/3\" }", "{}"))).isTrue();
        assertThat(resolver.isDuplicateKeyViolation(refused(11000,
                "E11000 duplicate key error collection: ledger.events index: eventId_unique dup key: { eventId: \"e-1\" }", "{}"))).isFalse();
    }

    @Test
    void givenAnotherWriteError_thenItIsNoConflict() {
        assertThat(resolver.isDuplicateKeyViolation(refused(121, "Document failed validation", "{}"))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("streamKey_unique"))).isFalse();
    }
}
