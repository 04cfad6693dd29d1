package org.placementledger.commandside.ssda903;

import org.placementledger.commandside.domain.ChildCommand;
import org.placementledger.events.ChildEvent;

import java.util.List;

/**
 * What importing one child's return records: the steps (new facts, corrections, retractions) with the file and
 * line each comes from, so a refusal can be reported where it arose. No steps: the record already says it all.
 *
 * @param events       the events the steps decide to, against the record the plan was made on
 * @param lastSequence the last sequence of the child's stream the plan was made on (-1 for none)
 */
public record ChildPlan(String child, List<ChildCommand> steps, List<Source> sources, List<Problem> problems,
                        List<ChildEvent> events, long lastSequence) {

    /** Where a step comes from. */
    public record Source(String file, long line) {
    }

    public boolean accepted() {
        return problems.stream().noneMatch(Problem::isError);
    }

    public boolean unchanged() {
        return steps.isEmpty();
    }
}
