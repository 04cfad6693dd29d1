package org.placementledger.commandside.imports;

import org.placementledger.events.ssda903.ReturnFile;

import java.nio.file.Path;
import java.util.Map;

/**
 * The files of one 903 import, already on local disk, and the collection year they are the return for.
 *
 * @param endYear   the collection year ends 31 March of this year
 * @param names     the files' names as sent, for the report
 * @param uasc      optional, may be null
 * @param costs     optional, may be null
 * @param others    the return's other files given (AD1, placed for adoption, OC2, ...), by file; may be empty
 * @param requester who asked, recorded as the events' recorder
 */
public record ImportRequest(int endYear, Path episodes, Path header, Path uasc, Path costs, Map<ReturnFile, Path> others,
                            org.placementledger.commandside.ssda903.ImportFiles names, String requester) {

    public ImportRequest {
        others = others == null ? Map.of() : Map.copyOf(others);
    }

    public ImportRequest(int endYear, Path episodes, Path header, Path uasc, Path costs,
                         org.placementledger.commandside.ssda903.ImportFiles names, String requester) {
        this(endYear, episodes, header, uasc, costs, Map.of(), names, requester);
    }
}
