package org.placementledger.commandside.domain;

import org.placementledger.events.Money;

import java.time.LocalDate;

public record ChangePlacementCost(
        String childId,
        String placementId,
        LocalDate from,
        Money weeklyCost) implements ChildCommand {
}
