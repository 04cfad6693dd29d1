package org.placementledger.events.codes;

import com.fasterxml.jackson.annotation.JsonValue;

/** 903 REASON_PLACE_CHANGE: why a child's placement changed. */
public enum ReasonPlaceChange implements Code903 {
    CARPL("Change to or implementation of the care plan"),
    CLOSE("Resignation or closure of the provision"),
    ALLEG("Allegation (s47)"),
    STAND("Standards of care concern"),
    APPRR("Approval removed"),
    CREQB("Carer requests placement end due to child's behaviour"),
    CREQO("Carer requests placement end, other reason"),
    CHILD("Child requests placement end"),
    LAREQ("Responsible or area authority requests placement end"),
    PLACE("Change in the status of the placement only"),
    CUSTOD("Custody arrangement"),
    OTHER("Other");

    private final String label;

    ReasonPlaceChange(String label) {
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
