package org.placementledger.commandside.ssda903.rules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/ssda903-rules.md tells the truth: every rule applied is listed as implemented, and no rule is listed as implemented that is not. */
class RulesListTest {

    private static Map<String, String> listed() throws IOException {
        Map<String, String> status = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("..", "docs", "ssda903-rules.md"))) {
            if (!line.startsWith("| ") || line.startsWith("| Rule ")) continue;
            String[] cells = line.split("\\|");
            String number = cells[1].trim();
            String applied = cells[cells.length - 1].trim();
            assertThat(status.put(number, applied)).as("rule " + number + " is listed once").isNull();
        }
        return status;
    }

    @Test
    void every_rule_the_rulebook_applies_is_listed_as_implemented() throws IOException {
        Map<String, String> listed = listed();
        Set<String> missing = new TreeSet<>();
        for (Rule r : Rulebook.ALL) {
            String applied = listed.get(r.number());
            if (applied == null || !applied.startsWith("implemented")) missing.add(r.number());
        }
        assertThat(missing).as("rules applied but not listed as implemented").isEmpty();
    }

    @Test
    void every_rule_listed_as_implemented_outside_the_first_checks_is_in_the_rulebook() throws IOException {
        Set<String> inRulebook = new TreeSet<>();
        for (Rule r : Rulebook.ALL) inRulebook.add(r.number());
        Set<String> claimed = new TreeSet<>();
        listed().forEach((number, applied) -> {
            if (applied.startsWith("implemented") && !applied.contains("the import's first checks") && !inRulebook.contains(number)) {
                claimed.add(number);
            }
        });
        assertThat(claimed).as("listed as implemented but not in the rulebook").isEmpty();
    }

    @Test
    void every_rule_not_applied_says_why() throws IOException {
        listed().forEach((number, applied) -> {
            if (!applied.startsWith("implemented")) assertThat(applied).as(number).startsWith("not applied: ");
        });
    }
}
