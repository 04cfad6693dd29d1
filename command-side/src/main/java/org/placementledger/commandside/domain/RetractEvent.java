package org.placementledger.commandside.domain;

/** Withdraw an earlier fact, named by its event id, that should never have been recorded. */
public record RetractEvent(String childId, String eventId, String reason) implements ChildCommand {
}
