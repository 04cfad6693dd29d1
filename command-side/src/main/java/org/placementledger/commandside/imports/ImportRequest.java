package org.placementledger.commandside.imports;

import java.nio.file.Path;

/**
 * The files of one 903 import, already on local disk, and the collection year they are the return for.
 *
 * @param endYear   the collection year ends 31 March of this year
 * @param names     the files' names as sent, for the report
 * @param uasc      optional, may be null
 * @param costs     optional, may be null
 * @param requester who asked, recorded as the events' recorder
 */
public record ImportRequest(int endYear, Path episodes, Path header, Path uasc, Path costs,
                            org.placementledger.commandside.ssda903.ImportFiles names, String requester) {
}
