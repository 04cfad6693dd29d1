package org.placementledger.commandside.ssda903;

import org.placementledger.commandside.domain.ChildCommand;

import java.util.List;

/**
 * What importing one child's return records: the steps (new facts, corrections, retractions) with the file and
 * line each comes from, so a refusal can be reported where it arose. No steps: the record already says it all.
 */
public record ChildPlan(String child, List<ChildCommand> steps, List<Source> sources, List<Problem> problems) {

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
