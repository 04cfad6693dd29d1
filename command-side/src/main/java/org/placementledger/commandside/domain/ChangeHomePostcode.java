package org.placementledger.commandside.domain;

import org.placementledger.events.PersonalData;
import org.placementledger.events.Postcode;

import java.time.LocalDate;

public record ChangeHomePostcode(String childId, LocalDate date, @PersonalData Postcode homePostcode) implements ChildCommand {
}
