package org.placementledger.commandside.ssda903;

import org.placementledger.commandside.domain.ChildCommand;
import org.placementledger.events.ChildEvent;

import java.util.List;

/**
 * What importing one child's return records: the steps (new facts, corrections, retractions), each with the file
 * and line it comes from, so a refusal can be reported where it arose. No steps: the record already says it all.
 *
 * @param events       the events the steps decide to, against the record the plan was made on
 * @param lastSequence the last sequence of the child's stream the plan was made on (-1 for none)
 */
public record ChildPlan(String child, List<Step> steps, List<Problem> problems, List<ChildEvent> events, long lastSequence) {

    /** Where a step comes from. */
    public record Source(String file, long line) {
    }

    /** One command of the plan and the row that asks for it. */
    public record Step(ChildCommand command, Source source) {
    }

    public static List<ChildCommand> commandsOf(List<Step> steps) {
        return steps.stream().map(Step::command).toList();
    }

    /** The plan's commands, in order: what the child's aggregate is asked to record. */
    public List<ChildCommand> commands() {
        return commandsOf(steps);
    }

    public boolean accepted() {
        return problems.stream().noneMatch(Problem::isError);
    }

    public boolean unchanged() {
        return steps.isEmpty();
    }
}
