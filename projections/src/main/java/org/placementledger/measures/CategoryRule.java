package org.placementledger.measures;

import org.placementledger.events.Placement;
import org.placementledger.events.codes.PlacementProvider;
import org.placementledger.events.codes.PlacementType;

import java.util.Set;

/**
 * One line of the mapping from a placement to a council-paper category: the types and providers it takes
 * (empty means any), or only placements marked parent-and-child.
 */
public record CategoryRule(String category, Set<PlacementType> types, Set<PlacementProvider> providers, boolean parentAndChildOnly) {

    public CategoryRule {
        types = Set.copyOf(types);
        providers = Set.copyOf(providers);
    }

    public boolean matches(Placement placement) {
        if (parentAndChildOnly && !placement.parentAndChild()) return false;
        if (!types.isEmpty() && !types.contains(placement.type())) return false;
        return providers.isEmpty() || (placement.provider() != null && providers.contains(placement.provider()));
    }
}
