package org.placementledger.events.codes;

import com.fasterxml.jackson.annotation.JsonValue;

/** 903 LS: the legal status under which the child is looked after. */
public enum LegalStatus implements Code903 {
    C1("Interim care order"),
    C2("Full care order"),
    D1("Freeing order granted"),
    E1("Placement order granted"),
    J1("Remanded to local authority or youth detention accommodation"),
    J2("Placed in local authority accommodation under PACE 1984"),
    J3("Sentenced to a youth rehabilitation order with residence requirement"),
    L1("Under police protection and in local authority accommodation"),
    L2("Emergency protection order"),
    L3("Under child assessment order and in local authority accommodation"),
    V2("Single period of accommodation under section 20"),
    V3("Series of short-term breaks, individual episodes recorded"),
    V4("Series of short-term breaks, agreements recorded");

    private final String label;

    LegalStatus(String label) {
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

    /** V3/V4: children on a series of short breaks are left out of every headline measure. */
    public boolean isShortBreaks() {
        return this == V3 || this == V4;
    }
}
