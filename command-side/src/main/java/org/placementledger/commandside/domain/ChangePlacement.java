package org.placementledger.commandside.domain;

import org.placementledger.events.codes.ReasonPlaceChange;

import java.time.LocalDate;

public record ChangePlacement(
        String childId,
        LocalDate date,
        NewPlacement placement,
        ReasonPlaceChange reason,
        boolean carerChanged) implements ChildCommand {
}
