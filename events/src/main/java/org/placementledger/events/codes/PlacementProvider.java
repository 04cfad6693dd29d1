package org.placementledger.events.codes;

import com.fasterxml.jackson.annotation.JsonValue;

/** 903 PLACE_PROVIDER: who provides the placement. Blank for temporary placements. */
public enum PlacementProvider implements Code903 {
    PR0("Parents or other person with parental responsibility"),
    PR1("Own council's provision"),
    PR2("Other council's provision"),
    PR3("Other public provision"),
    PR4("Private provision"),
    PR5("Voluntary or third sector provision");

    private final String label;

    PlacementProvider(String label) {
        this.label = label;
    }

    @JsonValue
    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Validity validity() {
        return Validity.ALWAYS;
    }
}
