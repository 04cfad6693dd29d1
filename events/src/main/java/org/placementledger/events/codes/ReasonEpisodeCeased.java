package org.placementledger.events.codes;

import com.fasterxml.jackson.annotation.JsonValue;

/** 903 REC: why an episode ended. X1 continues the period of care and never ends it. */
public enum ReasonEpisodeCeased implements Code903 {
    E11("Adopted, application unopposed"),
    E12("Adopted, consent dispensed with by the court"),
    E2("Died"),
    E3("Care taken over by another local authority"),
    E4A("Returned home to parents as part of the care plan"),
    E4B("Returned home to parents not as part of the care plan"),
    E5("Moved to independent living with formal support"),
    E6("Moved to independent living without formal support"),
    E7("Transferred to residential care funded by adult social care"),
    E8("Ceased for any other reason"),
    E9("Sentenced to custody"),
    E13("Left care to live with former foster carers (staying put)"),
    E14("Accommodation on remand ended"),
    E15("Age assessment found the child to be 18 or over"),
    E16("Child moved abroad"),
    E17("Aged 18 or over and stayed with current carers"),
    E41("Residence order or child arrangements order granted"),
    E45("Special guardianship order to former foster carers who are relatives or friends"),
    E46("Special guardianship order to former foster carers, not relatives or friends"),
    E47("Special guardianship order to other carers who are relatives or friends"),
    E48("Special guardianship order to other carers, not relatives or friends"),
    X1("Episode ceases and a new one begins the same day");

    private final String label;

    ReasonEpisodeCeased(String label) {
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

    /** Whether this reason ends the period of care (every reason but X1). */
    public boolean endsCare() {
        return this != X1;
    }
}
