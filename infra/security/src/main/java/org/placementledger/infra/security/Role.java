package org.placementledger.infra.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a user may do. A user holds one or more. {@link #IDENTITIES} is not a job but a grant added to one: it
 * lets exports carry children's own ids instead of pseudonyms (the statutory return to the Department needs them).
 */
public enum Role {
    /** Records events: care starts, moves, costs, legal status, corrections, imports. */
    RECORDER,
    /** Dashboards and aggregate figures; never a child's personal data. */
    MANAGER,
    /** Children's histories, the event log's verification, saved reports, the audit of reads. Read only. */
    AUDITOR,
    /** Snapshots as at and as known at any day, saved reports, exports. */
    PERFORMANCE,
    /** Users, rebuilds of the projections, refilling the event log, seals of the log. */
    ADMINISTRATOR,
    /** May see children's own ids in exports; without it exports carry pseudonyms. */
    IDENTITIES;

    /** The name in files, tokens and requests: lower case. */
    @com.fasterxml.jackson.annotation.JsonValue
    public String external() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Spring Security's authority for the role. */
    public String authority() {
        return "ROLE_" + name();
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    static Role fromJson(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not a role"));
    }

    public static Optional<Role> parse(String text) {
        if (text == null) return Optional.empty();
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(wanted)).findFirst();
    }
}
