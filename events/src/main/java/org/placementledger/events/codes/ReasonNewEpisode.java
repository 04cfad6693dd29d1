package org.placementledger.events.codes;

import com.fasterxml.jackson.annotation.JsonValue;

/** 903 RNE: why a new episode of care began. */
public enum ReasonNewEpisode implements Code903 {
    S("Started to be looked after"),
    L("Change of legal status only"),
    P("Change of placement and carer only"),
    T("Change of placement only, same carer"),
    U("Change of legal status and placement, same carer"),
    B("Change of legal status and carer");

    private final String label;

    ReasonNewEpisode(String label) {
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

    /** A change of placement (P, T, U, B), with or without a change of legal status. */
    public boolean changesPlacement() {
        return this == P || this == T || this == U || this == B;
    }

    /** A change of legal status (L, U, B). */
    public boolean changesLegalStatus() {
        return this == L || this == U || this == B;
    }

    /** The placement change is to a new carer (P, B) rather than the same one (T, U). */
    public boolean changesCarer() {
        return this == P || this == B;
    }

    /** The code for a change of placement and perhaps of legal status. */
    public static ReasonNewEpisode forChange(boolean placement, boolean carer, boolean legalStatus) {
        if (placement && legalStatus) return carer ? B : U;
        if (placement) return carer ? P : T;
        return L;
    }
}
