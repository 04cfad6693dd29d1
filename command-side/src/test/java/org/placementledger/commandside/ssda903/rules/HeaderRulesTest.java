package org.placementledger.commandside.ssda903.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.placementledger.commandside.ssda903.rules.ReturnBuilder.child;

/** The header's rules, each with a return it accepts and one it finds broken. */
class HeaderRulesTest {

    static List<RuleCase> cases() {
        return List.of(
                RuleCase.of("174", "a boy recorded with a child's date of birth",
                        child(2024).header("SEX", "2", "MOTHER", "1", "MC_DOB", "01/02/2023", "DOB", "01/06/2005"),
                        child(2024).header("SEX", "1", "MC_DOB", "01/02/2023", "DOB", "01/06/2005")),
                RuleCase.of("174", "a boy recorded with a child's date of birth, in the codes of 2024-25",
                        child(2025).header("SEX", "F", "MOTHER", "1", "MC_DOB", "01/02/2024", "DOB", "01/06/2005"),
                        child(2025).header("SEX", "M", "MC_DOB", "01/02/2024", "DOB", "01/06/2005")),
                RuleCase.of("351", "a young person of 26 on 1 April",
                        child(2024).header("DOB", "01/04/1998"),
                        child(2024).header("DOB", "31/03/1998")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void each_rule_accepts_its_passing_return_and_finds_its_failing_one(RuleCase c) {
        RuleCases.judge(c);
    }

    @Test
    void every_header_rule_has_a_scenario() {
        RuleCases.everyRuleHasACase(HeaderRules.ALL, cases());
    }
}
