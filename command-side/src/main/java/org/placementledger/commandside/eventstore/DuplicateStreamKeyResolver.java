package org.placementledger.commandside.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteError;
import com.mongodb.bulk.BulkWriteError;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.bson.BsonDocument;

import java.util.Optional;
import java.util.Set;

/**
 * Reads MongoDB's duplicate key errors (code 11000). Which unique index refused the write matters: on the
 * stream key it is two writers of one child's next event, the conflict Axon reports as a
 * {@code ConcurrencyException}; on {@code _id} it is a position handed out twice, the store's own problem,
 * which the engine mends by taking fresh positions. A real MongoDB names the index's fields in the error's
 * {@code keyPattern}; the embedded server only in the message, so both are read.
 */
public final class DuplicateStreamKeyResolver implements PersistenceExceptionResolver {

    static final String STREAM_KEY_INDEX = "streamKey_unique";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        return firstError(exception).filter(error -> refusedBy(error, EventDocuments.STREAM_KEY, STREAM_KEY_INDEX)).isPresent();
    }

    /** Whether nothing of an ordered batch was written because its first position was already taken. */
    static boolean positionTakenBeforeAnythingWritten(Exception exception) {
        return exception instanceof MongoBulkWriteException bulk && !bulk.getWriteErrors().isEmpty()
                && bulk.getWriteErrors().get(0).getIndex() == 0
                && refusedBy(bulk.getWriteErrors().get(0), "_id", "_id_");
    }

    /** The index in the batch of the first event refused, so that Axon's message names the right event. */
    static int firstRefused(Exception exception) {
        return firstError(exception).filter(BulkWriteError.class::isInstance)
                .map(error -> ((BulkWriteError) error).getIndex()).orElse(0);
    }

    private static Optional<WriteError> firstError(Exception exception) {
        if (exception instanceof MongoBulkWriteException bulk && !bulk.getWriteErrors().isEmpty()) {
            return Optional.of(bulk.getWriteErrors().get(0));
        }
        if (exception instanceof MongoWriteException write) return Optional.of(write.getError());
        return Optional.empty();
    }

    private static boolean refusedBy(WriteError error, String field, String indexName) {
        if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) return false;
        BsonDocument details = error.getDetails();
        if (details != null && details.isDocument("keyPattern")) {
            return details.getDocument("keyPattern").keySet().equals(Set.of(field));
        }
        String message = error.getMessage() == null ? "" : error.getMessage();
        return message.contains("index: " + indexName + " ") || message.contains("dup key: { " + field + ": ");
    }
}
