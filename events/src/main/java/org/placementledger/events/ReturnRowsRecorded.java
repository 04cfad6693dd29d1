package org.placementledger.events;

import java.time.LocalDate;

/**
 * What one of the 903 return's other files says of the child for a collection year: the child's rows of the
 * adoption (AD1), placed for adoption, previous permanence, outcomes (OC2), care leavers (OC3), missing periods
 * or social worker episodes file, kept as the council wrote them so that the whole return can be written back
 * unchanged. No figure reads them. A later recording for the same file and year says what the return now holds
 * (an empty {@code rows} when it holds nothing of the child), and supersedes the earlier one.
 *
 * @param effectiveDate the day the rows were known to hold: the last day of their collection year (or the day
 *                      they were recorded, while that year is not over)
 * @param file          DfE's name of the file: {@code AD1}, {@code PlacedAdoption}, {@code PrevPerm}, {@code OC2},
 *                      {@code OC3}, {@code Missing} or {@code SWEpisodes}
 * @param rows          the rows, one CSV line each, with the file's columns in DfE's order after CHILD and DOB (which
 *                      are the child's own, and written back from the child's record)
 */
@EventRevision("1")
public record ReturnRowsRecorded(
        String childId,
        LocalDate effectiveDate,
        String file,
        @PersonalData String rows) implements CareFact {

    public ReturnRowsRecorded {
        if (org.placementledger.events.ssda903.ReturnFile.byDfeName(file).filter(org.placementledger.events.ssda903.ReturnFile::keptAsWritten).isEmpty()) {
            throw new IllegalArgumentException("'" + file + "' is not one of the return's files whose rows are kept as written");
        }
        rows = rows == null ? "" : rows;
    }
}
