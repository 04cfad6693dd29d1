package org.placementledger.commandside.ssda903;

import org.placementledger.events.codes.Sex;
import org.placementledger.events.ssda903.HeaderRow;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.placementledger.commandside.ssda903.rules.Row;
import org.placementledger.events.ssda903.ReturnFile;

/**
 * One child's rows of a return after the DfE checks: the episodes in date order, what the header says, and
 * every problem found. {@link #accepted()} when no problem is an error.
 */
public record CheckedChild(String child, List<Episode> episodes, HeaderRow header, LocalDate dateOfBirth, Sex sex,
                           List<Problem> problems, Map<ReturnFile, List<Row>> keptAsWritten) {

    /**
     * @param keptAsWritten the child's rows of each of the return's other files the import was given (AD1, OC2, ...),
     *                      an empty list for a file given that holds nothing of the child
     */
    public CheckedChild {
        keptAsWritten = keptAsWritten == null ? Map.of() : Map.copyOf(keptAsWritten);
    }

    public CheckedChild(String child, List<Episode> episodes, HeaderRow header, LocalDate dateOfBirth, Sex sex, List<Problem> problems) {
        this(child, episodes, header, dateOfBirth, sex, problems, Map.of());
    }

    public boolean accepted() {
        return problems.stream().noneMatch(Problem::isError);
    }
}
