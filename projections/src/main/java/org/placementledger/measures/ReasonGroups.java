package org.placementledger.measures;

import org.placementledger.events.codes.ReasonEpisodeCeased;

/** Why children left care, grouped as council papers report it. */
final class ReasonGroups {

    /** Every group {@link #of} gives, in the order council papers list them. */
    static final java.util.List<String> ALL = java.util.List.of("Adopted", "Returned home", "Child arrangements order",
            "Special guardianship order", "Independent living or adulthood", "Other", "Not known");

    private ReasonGroups() {
    }

    static String of(ReasonEpisodeCeased reason) {
        if (reason == null) return "Not known";
        return switch (reason) {
            case E11, E12 -> "Adopted";
            case E4A, E4B -> "Returned home";
            case E41 -> "Child arrangements order";
            case E45, E46, E47, E48 -> "Special guardianship order";
            case E5, E6, E7, E13, E15, E17 -> "Independent living or adulthood";
            case E2, E3, E8, E9, E14, E16, X1 -> "Other";
        };
    }
}
