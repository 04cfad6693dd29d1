package org.placementledger.commandside.ssda903.rules;

/**
 * A rule's scenario: a return the rule accepts and one it finds broken, alike but for what the rule reads.
 *
 * @param scenario what the failing return shows, as a reader of the report would say it
 */
record RuleCase(String rule, String scenario, ReturnBuilder passing, ReturnBuilder failing) {

    static RuleCase of(String rule, String scenario, ReturnBuilder passing, ReturnBuilder failing) {
        return new RuleCase(rule, scenario, passing, failing);
    }

    @Override
    public String toString() {
        return rule + ": " + scenario;
    }
}
