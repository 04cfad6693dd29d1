package org.placementledger.events.codes;

import com.fasterxml.jackson.annotation.JsonValue;

/** 903 CIN: the main category of need. */
public enum CategoryOfNeed implements Code903 {
    N1("Abuse or neglect"),
    N2("Child's disability"),
    N3("Parental illness or disability"),
    N4("Family in acute stress"),
    N5("Family dysfunction"),
    N6("Socially unacceptable behaviour"),
    N7("Low income"),
    N8("Absent parenting");

    private final String label;

    CategoryOfNeed(String label) {
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
