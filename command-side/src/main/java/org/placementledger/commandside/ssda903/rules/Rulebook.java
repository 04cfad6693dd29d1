package org.placementledger.commandside.ssda903.rules;

import org.placementledger.events.ssda903.ReturnFile;

import org.placementledger.commandside.ssda903.Problem;
import org.placementledger.events.codes.ReportingYear;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Every DfE validation rule the ledger applies to a child's return, gathered from the files that hold them by
 * the files they read. The rules that decide whether rows can become a history at all (dates that read, codes
 * that exist, episodes that follow one another) are {@code EpisodeChecks}'; these are the rest of DfE's.
 * {@code docs/ssda903-rules.md} lists each, and says which are not applied and why.
 */
public final class Rulebook {

    public static final List<Rule> ALL = Stream.of(
                    HeaderRules.ALL,
                    EpisodeHeaderRules.ALL,
                    EpisodeRules.ALL,
                    EpisodeContinuityRules.ALL,
                    AdoptionRules.ALL,
                    OutcomeRules.ALL,
                    MissingAndSocialWorkerRules.ALL)
            .flatMap(List::stream).toList();

    static {
        Set<String> seen = new HashSet<>();
        for (Rule r : ALL) {
            if (!seen.add(r.number() + "@" + r.years().describe())) throw new IllegalStateException("rule " + r.number() + " is defined twice");
        }
    }

    private final Function<ReturnFile, String> fileNames;

    /** @param fileNames the name each file of the import is reported under */
    public Rulebook(Function<ReturnFile, String> fileNames) {
        this.fileNames = fileNames;
    }

    /** The rules of the collection year. */
    public static List<Rule> of(ReportingYear year) {
        return ALL.stream().filter(r -> r.years().includes(year)).toList();
    }

    /** The rules of a year that read only files of a set: the same for every child of an import, so found once. */
    private final java.util.Map<Applying, List<Rule>> applying = new java.util.concurrent.ConcurrentHashMap<>();

    private record Applying(ReportingYear year, java.util.Set<ReturnFile> supplied) {
    }

    private List<Rule> applying(ChildReturn child) {
        // A child's supplied files are an immutable set, so they can be the key as they are.
        return applying.computeIfAbsent(new Applying(child.year(), child.supplied()), k -> ALL.stream().filter(r -> r.appliesTo(child)).toList());
    }

    /** What every rule that applies finds in the child's return. */
    public List<Problem> check(ChildReturn child) {
        List<Problem> found = new ArrayList<>();
        for (Rule rule : applying(child)) {
            Findings out = new Findings(rule, child.child(), fileNames, found);
            try {
                rule.check().check(child, out);
            } catch (RuntimeException e) {
                // A rule that cannot read a row it did not expect says so rather than stopping the whole import.
                found.add(Problem.warning(fileNames.apply(ReturnFile.EPISODES), child.episodes().isEmpty() ? 0 : child.episodes().get(0).line(),
                        child.child(), rule.number(), "rule " + rule.number() + " could not be applied to this child: " + e));
            }
        }
        return found;
    }
}
