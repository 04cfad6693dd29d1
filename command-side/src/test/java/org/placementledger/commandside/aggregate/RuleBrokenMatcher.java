package org.placementledger.commandside.aggregate;

import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.placementledger.commandside.domain.Rule;
import org.placementledger.commandside.domain.RuleBroken;

/** Matches a refusal by the rule it names, so a scenario fails if a different rule refused the command. */
final class RuleBrokenMatcher extends TypeSafeMatcher<RuleBroken> {

    private final Rule rule;

    private RuleBrokenMatcher(Rule rule) {
        this.rule = rule;
    }

    static RuleBrokenMatcher refusedBy(Rule rule) {
        return new RuleBrokenMatcher(rule);
    }

    @Override
    protected boolean matchesSafely(RuleBroken broken) {
        return broken.rule() == rule;
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a refusal by rule ").appendValue(rule);
    }

    @Override
    protected void describeMismatchSafely(RuleBroken broken, Description mismatch) {
        mismatch.appendText("refused by ").appendValue(broken.rule()).appendText(": ").appendText(broken.reason());
    }
}
