package org.placementledger.events.codes;

import com.fasterxml.jackson.annotation.JsonValue;

/** 903 SEX: 1/2 up to 2023-24, M/F/U from 2024-25. */
public enum Sex implements Code903 {
    MALE_1("1", "Male", Validity.until(2023)),
    FEMALE_2("2", "Female", Validity.until(2023)),
    M("M", "Male", Validity.from(2024)),
    F("F", "Female", Validity.from(2024)),
    U("U", "Not known or not stated", Validity.from(2024));

    private final String code;
    private final String label;
    private final Validity validity;

    Sex(String code, String label, Validity validity) {
        this.code = code;
        this.label = label;
        this.validity = validity;
    }

    @JsonValue
    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Validity validity() {
        return validity;
    }
}
