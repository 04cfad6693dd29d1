package org.placementledger.measures.published;

import java.util.List;

/**
 * The DfE and ONS tables Placement Ledger reads, each by its file name in a DfE release and the columns it needs
 * (found by header name, so a release with more columns, or in another order, reads the same).
 */
public enum PublishedTable {

    CHILDREN_LOOKED_AFTER("cla_number_and_rate_per_10k_children.csv",
            List.of("population_type", "population_estimate", "children_count", "rate_per_10000")),
    PLACEMENT_STABILITY("la_cla_placement_stability.csv", List.of("cla_group", "placement_stability", "children_count", "children_percent")),
    NEW_PLACEMENTS("la_cla_during_year_new_placements.csv", List.of("characteristic", "breakdown", "children_count", "children_percent")),
    POPULATION("ons_mid-year_population_estimates_2012_to_2024.csv", List.of("age_group", "population_estimate")),
    STATISTICAL_NEIGHBOURS("sn_model_2025_wide.csv", List.of("old_la_code", "la_name"));

    /** The columns every table of figures has: the year and the area. */
    static final List<String> AREA_COLUMNS = List.of("time_period", "geographic_level", "country_code", "region_code", "region_name",
            "old_la_code", "la_name", "new_la_code");

    private final String fileName;
    private final List<String> columns;

    PublishedTable(String fileName, List<String> columns) {
        this.fileName = fileName;
        this.columns = columns;
    }

    public String fileName() {
        return fileName;
    }

    /** Every column the table must have. */
    public List<String> requiredColumns() {
        if (this == STATISTICAL_NEIGHBOURS) return columns;
        List<String> all = new java.util.ArrayList<>(AREA_COLUMNS);
        all.addAll(columns);
        return all;
    }

    /** The table by its name in a URL ({@code children-looked-after}...) or its file name. */
    public static PublishedTable named(String name) {
        for (PublishedTable t : values()) {
            if (t.urlName().equals(name) || t.fileName.equals(name)) return t;
        }
        return null;
    }

    public String urlName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
