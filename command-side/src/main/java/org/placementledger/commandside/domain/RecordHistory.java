package org.placementledger.commandside.domain;

import java.util.List;

/**
 * Several records of one child taken together, all or none: how an imported history is applied, so that a
 * child is never left half-recorded. Each step is decided against the record as the steps before it left it.
 *
 * @param postcodesAsWritten keep postcodes that are not well formed as the files wrote them (see {@link RecordLimits})
 */
public record RecordHistory(String childId, List<ChildCommand> steps, boolean postcodesAsWritten) implements ChildCommand {

    public RecordHistory {
        steps = List.copyOf(steps);
        for (ChildCommand step : steps) {
            if (step instanceof RecordHistory) throw new IllegalArgumentException("a history cannot hold another history");
            if (!step.childId().equals(childId)) throw new IllegalArgumentException("every step must be of child " + childId);
        }
    }
}
