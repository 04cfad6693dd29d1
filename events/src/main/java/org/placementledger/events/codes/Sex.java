package org.placementledger.events.codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Set;

/**
 * 903 SEX, held as today's codes M, F and U. DfE wrote male and female as 1 and 2 up to 2023-24 and as M and F
 * from 2024-25: either is accepted for any date and means the same, and a return is written in its own year's
 * codes. U ("not known or not stated") is new in 2024-25 and has no code in earlier returns, so it is not
 * accepted for dates before then. Events recorded with 1 or 2 read as M and F.
 */
public enum Sex implements Code903 {
    M("M", "Male", Validity.ALWAYS, "1"),
    F("F", "Female", Validity.ALWAYS, "2"),
    U("U", "Not known or not stated", Validity.from(Sex.FIRST_YEAR_OF_LETTERS), null);

    /** 2024-25, the first collection year whose codes are M, F and U. */
    public static final int FIRST_YEAR_OF_LETTERS = 2024;

    private final String code;
    private final String label;
    private final Validity validity;
    private final String numeric;

    Sex(String code, String label, Validity validity, String numeric) {
        this.code = code;
        this.label = label;
        this.validity = validity;
        this.numeric = numeric;
    }

    @JsonCreator
    public static Sex of(String code) {
        return Codes.find(Sex.class, code).orElseThrow(() -> new IllegalArgumentException("'" + code + "' is not a sex code ("
                + Codes.allowed(Sex.class) + ")"));
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

    @Override
    public String codeIn(ReportingYear year) {
        return year.startYear() < FIRST_YEAR_OF_LETTERS && numeric != null ? numeric : code;
    }

    @Override
    public Set<String> otherCodes() {
        return numeric == null ? Set.of() : Set.of(numeric);
    }
}
