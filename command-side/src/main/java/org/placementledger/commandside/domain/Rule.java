package org.placementledger.commandside.domain;

/** The rules a child's record keeps; a command that would break one is refused and stores nothing. */
public enum Rule {
    NOT_IN_CARE("Placement, cost, legal status and cease events only while the child is in care"),
    ALREADY_IN_CARE("A new period of care only when the child is not in care"),
    CARE_BEFORE_BIRTH("Care starts on or after the child's date of birth"),
    DATE_IN_FUTURE("Nothing is recorded as effective in the future"),
    MOVE_BEFORE_CURRENT_PLACEMENT("A move is on or after the start of the current placement"),
    COST_OUTSIDE_PLACEMENT("A cost change names one of the child's placements in this period of care and falls within its dates"),
    CEASE_BEFORE_LAST_MOVE("Care ceases on or after the last move"),
    CODE_NOT_VALID_FOR_YEAR("Every code is valid in the reporting year of the date it is effective on"),
    PROVIDER_FOR_TEMPORARY("The provider is blank exactly for temporary placements (T0-T4)"),
    COST_OUT_OF_RANGE("A weekly cost is not negative and below the sanity ceiling"),
    POSTCODE_MALFORMED("Postcodes are well formed"),
    TEMPORARY_MUST_RETURN_OR_MOVE_ON("After a temporary placement the child returns to the placement before it, or moves on for real"),
    CEASE_REASON_CONTINUES_CARE("X1 continues a period of care and cannot end one"),
    DUPLICATE_PLACEMENT_ID("A placement id is used once per child, except to return from a temporary placement"),
    UNKNOWN_EVENT("A correction or retraction names an event of this child that still counts"),
    CORRECTION_CHANGES_TYPE("A correction is a fact of the same kind, about the same child, as the event it corrects"),
    CORRECTION_BREAKS_RECORD("The record with the correction or retraction applied still keeps every rule"),
    PERSONAL_DATA_ERASED("Nothing more is recorded of a child whose personal data was erased");

    private final String description;

    Rule(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
