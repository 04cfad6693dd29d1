package org.placementledger.commandside.domain;

import org.placementledger.events.PersonalData;

import java.time.LocalDate;

/** Record what a 903 header says of the child besides sex and date of birth. */
public record RecordChildDetails(
        String childId,
        LocalDate date,
        @PersonalData String ethnicity,
        @PersonalData String upn,
        @PersonalData String mother,
        @PersonalData String motherChildDateOfBirth) implements ChildCommand {
}
