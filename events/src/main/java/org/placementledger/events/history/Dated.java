package org.placementledger.events.history;

import java.time.LocalDate;

/** A value that holds from a date until the next one. */
public record Dated<T>(LocalDate from, T value) {
}
