package org.placementledger.commandside.ssda903;

import org.placementledger.events.ssda903.ReturnFile;

import java.util.Map;

/**
 * The names of the files of one import, as the report names them.
 *
 * @param others the names of the return's other files given (AD1, OC2, ...), by file
 */
public record ImportFiles(String episodes, String header, String uasc, String costs, Map<ReturnFile, String> others) {

    public static final ImportFiles DEFAULT = new ImportFiles("episodes.csv", "header.csv", "uasc.csv", "costs.csv");

    public ImportFiles {
        others = others == null ? Map.of() : Map.copyOf(others);
    }

    public ImportFiles(String episodes, String header, String uasc, String costs) {
        this(episodes, header, uasc, costs, Map.of());
    }

    /** The name a file of the return is reported under: as sent, or DfE's usual name for it. */
    public String nameOf(ReturnFile file) {
        String name = switch (file) {
            case EPISODES -> episodes;
            case HEADER -> header;
            case UASC -> uasc;
            default -> others.get(file);
        };
        return name == null ? file.defaultName() : name;
    }
}
