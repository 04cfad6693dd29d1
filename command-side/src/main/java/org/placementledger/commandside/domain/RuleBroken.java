package org.placementledger.commandside.domain;

/**
 * A command refused by one of the rules of the record; the message says what was wrong, with its dates and
 * codes. When a change is refused because of what it would do to another fact of the record, the cause is
 * the refusal of that fact, so its own rule can be read too.
 */
public class RuleBroken extends RuntimeException {

    private final Rule rule;

    public RuleBroken(Rule rule, String reason) {
        super(reason);
        this.rule = rule;
    }

    public RuleBroken(Rule rule, String reason, RuleBroken brokenElsewhere) {
        super(reason, brokenElsewhere);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }

    public String reason() {
        return getMessage();
    }
}
