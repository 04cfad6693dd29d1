package org.placementledger.commandside.ssda903.rules;

import org.placementledger.commandside.ssda903.Problem;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** How every rule's scenarios are judged, and the check that no rule of a file is left without one. */
final class RuleCases {

    private static final Rulebook RULEBOOK = new Rulebook(f -> f.defaultName());

    private RuleCases() {
    }

    static List<Problem> problemsOf(String rule, ReturnBuilder child) {
        return RULEBOOK.check(child.build()).stream().filter(p -> p.rule().equals(rule)).toList();
    }

    /** The passing return has nothing of the rule; the failing one has, with DfE's number and message, and as the rule's kind. */
    static void judge(RuleCase c) {
        Rule rule = Rulebook.ALL.stream().filter(r -> r.number().equals(c.rule()) && r.years().includes(c.failing().build().year()))
                .findFirst().orElseThrow(() -> new AssertionError("no rule " + c.rule() + " in " + c.failing().build().year()));
        assertThat(problemsOf(c.rule(), c.passing())).as("the passing return of " + c).isEmpty();
        List<Problem> found = problemsOf(c.rule(), c.failing());
        assertThat(found).as("the failing return of " + c).isNotEmpty();
        assertThat(found).allSatisfy(p -> {
            assertThat(p.message()).startsWith(rule.message());
            assertThat(p.severity()).isEqualTo(rule.kind() == Rule.Kind.ERROR ? Problem.Severity.ERROR : Problem.Severity.WARNING);
            assertThat(p.line()).isPositive();
        });
    }

    /** Every rule of the group has at least one scenario. */
    static void everyRuleHasACase(List<Rule> group, List<RuleCase> cases) {
        Set<String> covered = cases.stream().map(RuleCase::rule).collect(Collectors.toSet());
        Set<String> without = new TreeSet<>();
        for (Rule r : group) if (!covered.contains(r.number())) without.add(r.number());
        assertThat(without).as("rules without a scenario").isEmpty();
    }
}
