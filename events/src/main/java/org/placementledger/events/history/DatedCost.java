package org.placementledger.events.history;

import org.placementledger.events.Money;

import java.time.LocalDate;

/** A weekly cost that applies from a date until the next one; a null cost is not known. */
public record DatedCost(LocalDate from, Money weeklyCost) {
}
