package org.placementledger.commandside.domain;

import org.placementledger.events.PersonalData;
import org.placementledger.events.Postcode;
import org.placementledger.events.codes.CategoryOfNeed;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.codes.ReasonNewEpisode;
import org.placementledger.events.codes.Sex;

import java.time.LocalDate;

public record StartCare(
        String childId,
        LocalDate startDate,
        @PersonalData LocalDate dateOfBirth,
        Sex sex,
        @PersonalData Postcode homePostcode,
        LegalStatus legalStatus,
        CategoryOfNeed categoryOfNeed,
        NewPlacement placement,
        ReasonNewEpisode openingEpisode) implements ChildCommand {

    /** A start recorded as it happened (903 RNE S). */
    public StartCare(String childId, LocalDate startDate, LocalDate dateOfBirth, Sex sex, Postcode homePostcode,
                     LegalStatus legalStatus, CategoryOfNeed categoryOfNeed, NewPlacement placement) {
        this(childId, startDate, dateOfBirth, sex, homePostcode, legalStatus, categoryOfNeed, placement, null);
    }
}
