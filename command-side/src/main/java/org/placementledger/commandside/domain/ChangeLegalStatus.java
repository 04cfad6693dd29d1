package org.placementledger.commandside.domain;

import org.placementledger.events.codes.LegalStatus;

import java.time.LocalDate;

public record ChangeLegalStatus(String childId, LocalDate date, LegalStatus legalStatus) implements ChildCommand {
}
