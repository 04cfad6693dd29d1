package org.placementledger.queryside.web;

import java.time.LocalDate;
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
}
