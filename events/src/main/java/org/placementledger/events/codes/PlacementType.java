package org.placementledger.events.codes;

import com.fasterxml.jackson.annotation.JsonValue;

/** 903 PLACE: the type of placement. */
public enum PlacementType implements Code903 {
    A3("Placed for adoption with consent, with current foster carers", Validity.ALWAYS),
    A4("Placed for adoption with consent, not with current foster carers", Validity.ALWAYS),
    A5("Placed for adoption with placement order, with current foster carers", Validity.ALWAYS),
    A6("Placed for adoption with placement order, not with current foster carers", Validity.ALWAYS),
    H5("Semi-independent living accommodation not subject to children's homes regulations", Validity.until(2024)),
    K1("Secure children's home", Validity.ALWAYS),
    K2("Children's home subject to Children's Homes Regulations", Validity.ALWAYS),
    K3("Supported accommodation registered with Ofsted", Validity.ALWAYS),
    P1("Placed with own parents or other person with parental responsibility", Validity.ALWAYS),
    P2("Independent living, for example a flat, lodgings, bedsit or with friends", Validity.until(2024)),
    P3("Residential employment", Validity.ALWAYS),
    R1("Residential care home", Validity.ALWAYS),
    R2("NHS or health trust establishment providing medical or nursing care", Validity.ALWAYS),
    R3("Family centre or mother and baby unit", Validity.ALWAYS),
    R5("Young offender institution or prison", Validity.ALWAYS),
    S1("Residential school, except where dual-registered as a children's home", Validity.ALWAYS),
    T0("Temporary move of any type", Validity.ALWAYS),
    T1("Temporary period in hospital", Validity.ALWAYS),
    T2("Temporary absence on holiday", Validity.ALWAYS),
    T3("Temporary accommodation while the usual foster carer is on holiday", Validity.ALWAYS),
    T4("Temporary accommodation of seven days or less for any other reason", Validity.ALWAYS),
    U1("Foster placement with relative or friend, long term", Validity.ALWAYS),
    U2("Foster placement with relative or friend who is also an approved adopter (FFA or concurrent planning)", Validity.ALWAYS),
    U3("Foster placement with relative or friend, not long term or FFA", Validity.ALWAYS),
    U4("Foster placement with other foster carer, long term", Validity.ALWAYS),
    U5("Foster placement with other foster carer who is also an approved adopter (FFA or concurrent planning)", Validity.ALWAYS),
    U6("Foster placement with other foster carer, not long term or FFA", Validity.ALWAYS),
    Z1("Other placement", Validity.until(2024)),
    Z11("Other placement (Z11)", Validity.ALWAYS),
    Z12("Other placement (Z12)", Validity.ALWAYS),
    Z13("Other placement (Z13)", Validity.ALWAYS),
    Z14("Other placement (Z14)", Validity.ALWAYS);

    private final String label;
    private final Validity validity;

    PlacementType(String label, Validity validity) {
        this.label = label;
        this.validity = validity;
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
        return validity;
    }

    /** 2024-25, the first collection year with K3; supported accommodation was reported as H5 before. */
    public static final int FIRST_YEAR_OF_K3 = 2024;

    /** 2025-26, the first collection year in which "other placement" Z1 is split into Z11 to Z14. */
    public static final int FIRST_YEAR_OF_Z11 = 2025;

    /**
     * Today's codes are accepted for any date and kept; a return of an earlier year is written in its own codes:
     * K3 as H5 (how supported accommodation was reported until K3 was added) and Z11 to Z14 as Z1 (the code they
     * were split from). The old codes themselves stay valid only in their own years.
     */
    @Override
    public String codeIn(ReportingYear year) {
        if (this == K3 && year.startYear() < FIRST_YEAR_OF_K3) return H5.code();
        if (name().startsWith("Z1") && this != Z1 && year.startYear() < FIRST_YEAR_OF_Z11) return Z1.code();
        return code();
    }

    /** T0-T4: a hospital stay, a holiday, a few days elsewhere; the child is expected back. */
    public boolean isTemporary() {
        return name().startsWith("T");
    }

    public boolean isFoster() {
        return name().startsWith("U");
    }

    public boolean isPlacedForAdoption() {
        return name().startsWith("A");
    }
}
