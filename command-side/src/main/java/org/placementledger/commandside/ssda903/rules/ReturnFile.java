package org.placementledger.commandside.ssda903.rules;

import java.util.List;

/**
 * The files of a 903 return, with the columns DfE names for each (in DfE's order) and the name a file has
 * when none is given. A council sends them as one CSV each; the episodes and the header are required.
 */
public enum ReturnFile {
    HEADER("header.csv", List.of("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB")),
    EPISODES("episodes.csv", List.of("CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
            "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN")),
    UASC("uasc.csv", List.of("CHILD", "SEX", "DOB", "DUC")),
    OC2("oc2.csv", List.of("CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
            "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED")),
    OC3("oc3.csv", List.of("CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM")),
    AD1("ad1.csv", List.of("CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR")),
    PLACED_ADOPTION("placed_for_adoption.csv", List.of("CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED")),
    PREV_PERM("previous_permanence.csv", List.of("CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM")),
    MISSING("missing.csv", List.of("CHILD", "DOB", "MISSING", "MIS_START", "MIS_END")),
    SW_EPISODES("sw_episodes.csv", List.of("CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"));

    private final String defaultName;
    private final List<String> columns;

    ReturnFile(String defaultName, List<String> columns) {
        this.defaultName = defaultName;
        this.columns = columns;
    }

    public String defaultName() {
        return defaultName;
    }

    public List<String> columns() {
        return columns;
    }
}
