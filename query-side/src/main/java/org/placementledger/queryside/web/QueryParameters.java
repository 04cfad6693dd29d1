package org.placementledger.queryside.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads query parameters, refusing with the parameter's name. */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static LocalDate date(String name, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) return otherwise;
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidQuery(name, "must be a date as YYYY-MM-DD, not '" + value + "'");
        }
    }

    /** An instant as ISO 8601 with its offset: 2024-04-15T09:00:00Z or 2024-04-15T10:00:00+01:00. */
    public static Instant instant(String name, String value, Instant otherwise) {
        if (value == null || value.isBlank()) return otherwise;
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidQuery(name, "must be an instant with its offset, as 2024-04-15T09:00:00Z, not '" + value + "'");
        }
    }
}
