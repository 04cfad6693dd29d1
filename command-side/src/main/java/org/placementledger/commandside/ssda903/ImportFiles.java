package org.placementledger.commandside.ssda903;

import org.placementledger.commandside.ssda903.rules.ReturnFile;

/** The names of the files of one import, as the report names them. */
public record ImportFiles(String episodes, String header, String uasc, String costs) {

    public static final ImportFiles DEFAULT = new ImportFiles("episodes.csv", "header.csv", "uasc.csv", "costs.csv");

    /** The name a file of the return is reported under: as sent, or DfE's usual name for it. */
    public String nameOf(ReturnFile file) {
        String name = switch (file) {
            case EPISODES -> episodes;
            case HEADER -> header;
            case UASC -> uasc;
            default -> null;
        };
        return name == null ? file.defaultName() : name;
    }
}
