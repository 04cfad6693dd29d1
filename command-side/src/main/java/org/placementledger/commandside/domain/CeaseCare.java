package org.placementledger.commandside.domain;

import org.placementledger.events.codes.ReasonEpisodeCeased;

import java.time.LocalDate;

public record CeaseCare(String childId, LocalDate date, ReasonEpisodeCeased reason) implements ChildCommand {
}
