package org.placementledger.measures.alerts;

import org.placementledger.events.Money;

/**
 * @param residentialAgeLimit a child younger than this entering residential care raises an alert
 * @param weeklyCostAlert     a placement costing this much a week or more raises an alert
 */
public record AlertSettings(int residentialAgeLimit, Money weeklyCostAlert) {

    public static AlertSettings defaults() {
        return new AlertSettings(12, Money.of("7000"));
    }
}
