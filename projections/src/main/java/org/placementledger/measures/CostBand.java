package org.placementledger.measures;

import org.placementledger.events.Money;

/** A weekly cost band: from {@code from} (included) up to {@code below} (excluded; null for no limit). */
public record CostBand(String label, Money from, Money below) {

    public boolean contains(Money weekly) {
        return weekly.compareTo(from) >= 0 && (below == null || weekly.compareTo(below) < 0);
    }
}
