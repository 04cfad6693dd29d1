package org.placementledger.measures;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each condition the measures count by is written once, in {@link Conditions}: this reads the main sources of
 * the modules that compute figures or alerts and fails where one of them is written again.
 */
class ConditionsWrittenOnceTest {

    /** What each condition looks like when written out by hand. */
    private static final Map<String, Pattern> WRITTEN_OUT = Map.of(
            "an age worked out by hand (use Conditions.ageOn)", Pattern.compile("Period\\.between\\("),
            "out of area compared by hand (use Conditions.outOfArea)", Pattern.compile("localAuthority\\(\\)\\.equals\\("),
            "the 20-mile line by hand (use Conditions.moreThan20Miles)", Pattern.compile(">\\s*200\\b|valueOf\\(20\\)\\)\\s*>"),
            "3 or more placements or moves by hand (use Conditions.unstable or manyMoves)",
            Pattern.compile("(?i)(placements|moves)\\w*(\\([^)]*\\))?\\)?\\s*>=\\s*3\\b"));

    private static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("../query-side/src/main/java"),
            Path.of("../infra/app/src/main/java"), Path.of("../infra/security/src/main/java"), Path.of("../infra/privacy/src/main/java"),
            Path.of("../infra/web/src/main/java"), Path.of("../infra/embedded/src/main/java"));

    @Test
    void givenTheSourcesThatComputeFiguresAndAlerts_thenNoConditionOfAMeasureIsWrittenOutsideConditions() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : SOURCES) {
            assertThat(root).as("source folder").isDirectory();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("Conditions.java")).toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        for (var condition : WRITTEN_OUT.entrySet()) {
                            if (condition.getValue().matcher(lines.get(i)).find()) {
                                found.add(file + ":" + (i + 1) + ": " + condition.getKey() + ": " + lines.get(i).trim());
                            }
                        }
                    }
                }
            }
        }
        assertThat(found).as("conditions of a measure written outside Conditions").isEmpty();
    }
}
