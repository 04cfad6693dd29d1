package org.placementledger.events.privacy;

import javax.crypto.SecretKey;
import java.util.Optional;

/**
 * Where each child's key lives, apart from the events it seals. Deleting a child's key is what erases the
 * child's personal data: every copy of it (event store, Kafka topics, their backups) is sealed under that key.
 */
public interface ChildKeys {

    /** The key to seal the child's personal data with, made on first use; empty once the child's data is erased. */
    Optional<SecretKey> sealingKey(String childId);

    /** The key to open it with; empty once erased (or when nothing was ever sealed for the child). */
    Optional<SecretKey> openingKey(String childId);

    /** Forgets what is held of the child's key, so that the next use looks it up (and finds an erasure made elsewhere). */
    default void forget(String childId) {
    }

    /**
     * The keys cannot be reached just now. Never to be taken for an erasure: whoever meets it must try again later,
     * not read or write the child's data without its key.
     */
    final class Unavailable extends RuntimeException {
        public Unavailable(String childId, Throwable cause) {
            super("the key of child " + childId + " cannot be reached just now: " + cause.getMessage(), cause);
        }
    }
}
