package org.placementledger.commandside.ssda903;

import org.placementledger.events.codes.Sex;
import org.placementledger.events.ssda903.HeaderRow;

import java.time.LocalDate;
import java.util.List;

/**
 * One child's rows of a return after the DfE checks: the episodes in date order, what the header says, and
 * every problem found. {@link #accepted()} when no problem is an error.
 */
public record CheckedChild(String child, List<Episode> episodes, HeaderRow header, LocalDate dateOfBirth, Sex sex,
                           List<Problem> problems) {

    public boolean accepted() {
        return problems.stream().noneMatch(Problem::isError);
    }
}
