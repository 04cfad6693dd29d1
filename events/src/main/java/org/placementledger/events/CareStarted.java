package org.placementledger.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import org.placementledger.events.codes.CategoryOfNeed;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.codes.ReasonNewEpisode;
import org.placementledger.events.codes.Sex;

import java.time.LocalDate;

/**
 * A period of care begins (903 RNE S), in its first placement. Children may re-enter care later.
 *
 * @param openingEpisode null for a start recorded as it happened (RNE S). A history taken in from a 903
 *                       return may begin part way through a period of care, whose start lies before the
 *                       council's records: the period is then held from its first known episode, and this
 *                       is that episode's own RNE (P, T, L, U or B), so the return can be written back as it was.
 *                       Left out of the JSON when null, so the form of every start recorded before it existed is
 *                       unchanged and needs no new revision.
 */
@EventRevision("1")
public record CareStarted(
        String childId,
        LocalDate effectiveDate,
        @PersonalData LocalDate dateOfBirth,
        Sex sex,
        @PersonalData Postcode homePostcode,
        LegalStatus legalStatus,
        CategoryOfNeed categoryOfNeed,
        Placement placement,
        @JsonInclude(JsonInclude.Include.NON_NULL) ReasonNewEpisode openingEpisode) implements CareFact {

    /** A start recorded as it happened (RNE S). */
    public CareStarted(String childId, LocalDate effectiveDate, LocalDate dateOfBirth, Sex sex, Postcode homePostcode,
                       LegalStatus legalStatus, CategoryOfNeed categoryOfNeed, Placement placement) {
        this(childId, effectiveDate, dateOfBirth, sex, homePostcode, legalStatus, categoryOfNeed, placement, null);
    }

    /** The 903 RNE of the first episode of this period as held. */
    @JsonIgnore
    public ReasonNewEpisode reasonNewEpisode() {
        return openingEpisode == null ? ReasonNewEpisode.S : openingEpisode;
    }

    /** The same start on another day, for a re-entry with the same details. */
    public CareStarted withStart(LocalDate start) {
        return new CareStarted(childId, start, dateOfBirth, sex, homePostcode, legalStatus, categoryOfNeed, placement, openingEpisode);
    }
}
