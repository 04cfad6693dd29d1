package org.placementledger.commandside.ssda903;

/** The names of the files of one import, as the report names them. */
public record ImportFiles(String episodes, String header, String uasc, String costs) {

    public static final ImportFiles DEFAULT = new ImportFiles("episodes.csv", "header.csv", "uasc.csv", "costs.csv");
}
