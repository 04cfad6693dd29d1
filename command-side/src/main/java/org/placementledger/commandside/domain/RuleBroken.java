package org.placementledger.commandside.domain;

/** A command refused by one of the rules of the record; the message says what was wrong, with its dates and codes. */
public class RuleBroken extends RuntimeException {

    private final Rule rule;

    public RuleBroken(Rule rule, String reason) {
        super(reason);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }

    public String reason() {
        return getMessage();
    }
}
