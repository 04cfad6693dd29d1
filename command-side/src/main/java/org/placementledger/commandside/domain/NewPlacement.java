package org.placementledger.commandside.domain;

import org.placementledger.events.Money;
import org.placementledger.events.PersonalData;
import org.placementledger.events.Postcode;
import org.placementledger.events.codes.PlacementProvider;
import org.placementledger.events.codes.PlacementType;

/**
 * A placement as a recorder describes it. The id may be left out: the record then gives it one, or,
 * for a return from a temporary placement to the same place, the id of the placement returned to.
 */
public record NewPlacement(
        String id,
        PlacementType type,
        PlacementProvider provider,
        String urn,
        @PersonalData Postcode postcode,
        Money weeklyCost,
        boolean parentAndChild) {
}
