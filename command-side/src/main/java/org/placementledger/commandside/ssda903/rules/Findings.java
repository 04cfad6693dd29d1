package org.placementledger.commandside.ssda903.rules;

import org.placementledger.events.ssda903.ReturnFile;

import org.placementledger.commandside.ssda903.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** What one rule found in one child's return: each a row it points at and, where it helps, what was seen. */
public final class Findings {

    private final Rule rule;
    private final String child;
    private final Function<ReturnFile, String> fileNames;
    private final List<Problem> found;

    Findings(Rule rule, String child, Function<ReturnFile, String> fileNames, List<Problem> found) {
        this.rule = rule;
        this.child = child;
        this.fileNames = fileNames;
        this.found = found;
    }

    /** The rule is broken at this row; the report says DfE's message. */
    public void at(Row row) {
        at(row, null);
    }

    /** The rule is broken at this row; {@code seen} says what in the row broke it (for example "DEC 01/04/2024"). */
    public void at(Row row, String seen) {
        String message = seen == null || seen.isBlank() ? rule.message() : rule.message() + " (" + seen + ")";
        String file = fileNames.apply(row.file());
        found.add(rule.kind() == Rule.Kind.ERROR
                ? Problem.error(file, row.line(), child, rule.number(), message)
                : Problem.warning(file, row.line(), child, rule.number(), message));
    }

    /** The rule is broken at each of these rows. */
    public void atEach(List<Row> rows) {
        for (Row r : rows) at(r);
    }

}
