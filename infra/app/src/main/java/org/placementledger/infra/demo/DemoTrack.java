package org.placementledger.infra.demo;

import org.placementledger.events.codes.PlacementProvider;
import org.placementledger.events.codes.PlacementType;
import org.placementledger.events.codes.ReasonEpisodeCeased;

import java.util.List;

/**
 * One kind of journey through care, sized so that a council of Torbay's size holds about {@code stock}
 * such children at any time: starts a year = stock / mean years in care.
 *
 * @param weeklyCost typical weekly cost; each placement varies around it
 * @param spread     how far a placement's cost varies, as a fraction
 * @param leaving    how such children leave care
 */
record DemoTrack(String name, int stock, double meanYears, List<PlacementType> types, PlacementProvider provider,
                 boolean parentAndChild, double weeklyCost, double spread, List<String> places, double movesPerYear,
                 List<ReasonEpisodeCeased> leaving, int minAge, int maxAge) {

    double startsPerYear() {
        return stock / meanYears;
    }
}
