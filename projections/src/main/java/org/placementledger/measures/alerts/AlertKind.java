package org.placementledger.measures.alerts;

/** The alerts of the domain. */
public enum AlertKind {
    YOUNG_CHILD_IN_RESIDENTIAL,
    PLACED_OVER_20_MILES,
    PLACED_OUT_OF_AREA,
    THIRD_PLACEMENT_IN_12_MONTHS,
    COST_ABOVE_BAND
}
