package org.placementledger.commandside.domain;

import org.placementledger.events.CareFact;

/** Replace an earlier fact, named by its event id, with what should have been recorded. */
public record CorrectEvent(String childId, String eventId, CareFact correction, String reason) implements ChildCommand {
}
