package org.placementledger.infra.security;

import java.time.Instant;
import java.util.Set;

/**
 * A user of the embedded default, as kept in the users file: the password only as a hash.
 *
 * @param mustChangePassword the password was made for the user (the first administrator's, or one an administrator
 *                           set): until the user chooses their own, they may do nothing else
 */
public record LocalUser(String username, String passwordHash, Set<Role> roles, boolean mustChangePassword, Instant createdAt) {

    public LocalUser {
        roles = Set.copyOf(roles);
    }

    LocalUser withPassword(String hash, boolean mustChange) {
        return new LocalUser(username, hash, roles, mustChange, createdAt);
    }
}
