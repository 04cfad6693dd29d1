package org.placementledger.events.privacy;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Keys held in memory for the tests, with the erasure of one child's. */
final class HeldKeys implements ChildKeys {

    private final Map<String, SecretKey> keys = new HashMap<>();
    private final Set<String> erased = new HashSet<>();

    @Override
    public synchronized Optional<SecretKey> sealingKey(String childId) {
        if (erased.contains(childId)) return Optional.empty();
        return Optional.of(keys.computeIfAbsent(childId, id -> newKey()));
    }

    @Override
    public synchronized Optional<SecretKey> openingKey(String childId) {
        return Optional.ofNullable(keys.get(childId));
    }

    synchronized void erase(String childId) {
        keys.remove(childId);
        erased.add(childId);
    }

    private static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
