package org.placementledger.commandside.domain;

import org.placementledger.events.PersonalData;

import java.time.LocalDate;

/** Record what one of the 903 return's other files says of the child for a collection year (see {@code ReturnRowsRecorded}). */
public record RecordReturnRows(
        String childId,
        LocalDate date,
        String file,
        @PersonalData String rows) implements ChildCommand {
}
