package org.placementledger.events.ssda903;

import java.util.List;

/**
 * The files of a 903 return, with the columns DfE names for each (in DfE's order) and the name a file has
 * when none is given. A council sends them as one CSV each; the episodes and the header are required.
 */
public enum ReturnFile {
    HEADER("Header", "header", "header.csv", List.of("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB")),
    EPISODES("Episodes", "episodes", "episodes.csv", List.of("CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
            "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN")),
    UASC("UASC", "uasc", "uasc.csv", List.of("CHILD", "SEX", "DOB", "DUC")),
    OC2("OC2", "oc2", "oc2.csv", List.of("CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
            "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED")),
    OC3("OC3", "oc3", "oc3.csv", List.of("CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM")),
    AD1("AD1", "ad1", "ad1.csv", List.of("CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR")),
    PLACED_ADOPTION("PlacedAdoption", "placedForAdoption", "placed_for_adoption.csv", List.of("CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED")),
    PREV_PERM("PrevPerm", "previousPermanence", "previous_permanence.csv", List.of("CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM")),
    MISSING("Missing", "missing", "missing.csv", List.of("CHILD", "DOB", "MISSING", "MIS_START", "MIS_END")),
    SW_EPISODES("SWEpisodes", "socialWorkerEpisodes", "sw_episodes.csv", List.of("CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"));

    private final String dfeName;
    private final String part;
    private final String defaultName;
    private final List<String> columns;
    private final java.util.Map<String, Integer> positions;

    ReturnFile(String dfeName, String part, String defaultName, List<String> columns) {
        this.dfeName = dfeName;
        this.part = part;
        this.defaultName = defaultName;
        this.columns = columns;
        java.util.Map<String, Integer> p = new java.util.HashMap<>();
        for (int i = 0; i < columns.size(); i++) p.put(columns.get(i), i);
        this.positions = java.util.Map.copyOf(p);
    }

    /** Where a column stands among the file's columns, or -1 when the file has no such column. */
    public int position(String column) {
        Integer i = positions.get(column);
        return i == null ? -1 : i;
    }

    /** DfE's name of the file, as its validation rules name it (and {@code ReturnRowsRecorded} keeps it). */
    public String dfeName() {
        return dfeName;
    }

    /** The file's name as a part of an import's upload and of an export's {@code file} parameter. */
    public String part() {
        return part;
    }

    /** The files besides episodes, header and UASC, whose rows the ledger keeps as written ({@code ReturnRowsRecorded}). */
    public boolean keptAsWritten() {
        return this != HEADER && this != EPISODES && this != UASC;
    }

    public static java.util.Optional<ReturnFile> byDfeName(String name) {
        for (ReturnFile f : values()) if (f.dfeName.equals(name)) return java.util.Optional.of(f);
        return java.util.Optional.empty();
    }

    public String defaultName() {
        return defaultName;
    }

    public List<String> columns() {
        return columns;
    }
}
