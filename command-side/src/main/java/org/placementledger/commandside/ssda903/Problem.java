package org.placementledger.commandside.ssda903;

/**
 * Something wrong with a row of an imported file: where (file and line), whose (child), which rule (the DfE
 * validation rule number where DfE has one, otherwise the ledger's own rule name) and what.
 * An {@link Severity#ERROR} keeps the child's whole return out; a {@link Severity#WARNING} is reported and
 * the child taken in.
 */
public record Problem(String file, long line, String child, String rule, Severity severity, String message) {

    public enum Severity { ERROR, WARNING }

    public static Problem error(String file, long line, String child, String rule, String message) {
        return new Problem(file, line, child, rule, Severity.ERROR, message);
    }

    public static Problem warning(String file, long line, String child, String rule, String message) {
        return new Problem(file, line, child, rule, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
