package org.placementledger.commandside.aggregate;

import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.placementledger.commandside.domain.Rule;
import org.placementledger.commandside.domain.RuleBroken;

import java.util.Arrays;
import java.util.List;

/**
 * Matches a refusal by the rule it names, and optionally by what its reason mentions (the dates and codes
 * involved), so a scenario fails if a different rule refused the command or the reason says too little.
 */
final class RuleBrokenMatcher extends TypeSafeMatcher<RuleBroken> {

    private final Rule rule;
    private final Rule brokenElsewhere;
    private final List<String> mentions;

    private RuleBrokenMatcher(Rule rule, Rule brokenElsewhere, List<String> mentions) {
        this.rule = rule;
        this.brokenElsewhere = brokenElsewhere;
        this.mentions = mentions;
    }

    /** A refusal by {@code rule} whose reason mentions each of {@code mentions}. */
    static RuleBrokenMatcher refusedBy(Rule rule, String... mentions) {
        return new RuleBrokenMatcher(rule, null, Arrays.asList(mentions));
    }

    /** A refusal by {@code rule} because another fact of the record would break {@code elsewhere}. */
    static RuleBrokenMatcher refusedBy(Rule rule, Rule elsewhere, String... mentions) {
        return new RuleBrokenMatcher(rule, elsewhere, Arrays.asList(mentions));
    }

    @Override
    protected boolean matchesSafely(RuleBroken broken) {
        return broken.rule() == rule
                && (brokenElsewhere == null || broken.getCause() instanceof RuleBroken cause && cause.rule() == brokenElsewhere)
                && mentions.stream().allMatch(broken.reason()::contains);
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a refusal by rule ").appendValue(rule);
        if (brokenElsewhere != null) description.appendText(" because of ").appendValue(brokenElsewhere);
        if (!mentions.isEmpty()) description.appendText(" mentioning ").appendValueList("", ", ", "", mentions);
    }

    @Override
    protected void describeMismatchSafely(RuleBroken broken, Description mismatch) {
        mismatch.appendText("refused by ").appendValue(broken.rule());
        if (broken.getCause() instanceof RuleBroken cause) mismatch.appendText(" because of ").appendValue(cause.rule());
        mismatch.appendText(": ").appendText(broken.reason());
    }
}
