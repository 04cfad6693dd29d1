package org.placementledger.measures.alerts;

import org.placementledger.events.Money;

import java.time.ZoneId;

/**
 * @param residentialAgeLimit a child younger than this entering residential care raises an alert
 * @param weeklyCostAlert     a placement costing this much a week or more raises an alert
 * @param zone                the council's time zone, in which the day a fact was recorded is judged
 */
public record AlertSettings(int residentialAgeLimit, Money weeklyCostAlert, ZoneId zone) {

    public static AlertSettings defaults() {
        return new AlertSettings(12, Money.of("7000"), ZoneId.of("Europe/London"));
    }
}
