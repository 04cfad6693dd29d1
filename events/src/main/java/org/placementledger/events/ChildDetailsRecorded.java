package org.placementledger.events;

import java.time.LocalDate;

/**
 * What a 903 return's header says of the child besides sex and date of birth (which care starts with):
 * ethnicity, unique pupil number, whether the child is a mother and her child's date of birth. Kept as the
 * council wrote them, so the header can be written back unchanged; they are measured by nothing.
 *
 * @param effectiveDate the day the details were known to hold: the end of the return's collection year
 */
@EventRevision("1")
public record ChildDetailsRecorded(
        String childId,
        LocalDate effectiveDate,
        @PersonalData String ethnicity,
        @PersonalData String upn,
        @PersonalData String mother,
        @PersonalData String motherChildDateOfBirth) implements CareFact {

    /** The same details, whatever the day: what tells a changed header from a repeated one. */
    public boolean sameDetailsAs(ChildDetailsRecorded other) {
        return java.util.Objects.equals(ethnicity, other.ethnicity) && java.util.Objects.equals(upn, other.upn)
                && java.util.Objects.equals(mother, other.mother)
                && java.util.Objects.equals(motherChildDateOfBirth, other.motherChildDateOfBirth);
    }
}
