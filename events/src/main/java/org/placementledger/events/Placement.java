package org.placementledger.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.placementledger.events.codes.PlacementProvider;
import org.placementledger.events.codes.PlacementType;

import java.util.Objects;

/**
 * Where a child lives and with whom: one placement of one child.
 *
 * @param id             unique within the child, so a cost change can name it
 * @param type           903 PLACE
 * @param provider       903 PLACE_PROVIDER; null exactly when the placement is temporary (T0-T4)
 * @param urn            the provider's Ofsted unique reference number, when it has one
 * @param postcode       where the child lives; the carer's address, so personal data
 * @param weeklyCost     pounds a week; null when not known
 * @param parentAndChild a parent-and-child placement, counted in its own category whatever the type
 */
public record Placement(
        String id,
        PlacementType type,
        PlacementProvider provider,
        String urn,
        @PersonalData Postcode postcode,
        Money weeklyCost,
        boolean parentAndChild) {

    public Placement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
    }

    @JsonIgnore
    public boolean isTemporary() {
        return type.isTemporary();
    }

    public Placement withId(String newId) {
        return new Placement(newId, type, provider, urn, postcode, weeklyCost, parentAndChild);
    }

    public Placement withWeeklyCost(Money cost) {
        return new Placement(id, type, provider, urn, postcode, cost, parentAndChild);
    }

    /** Same carer and place, whatever the id: how a return from a temporary placement is recognised. */
    public boolean samePlaceAs(Placement other) {
        return type == other.type && provider == other.provider && Objects.equals(urn, other.urn)
                && Objects.equals(postcode, other.postcode);
    }
}
