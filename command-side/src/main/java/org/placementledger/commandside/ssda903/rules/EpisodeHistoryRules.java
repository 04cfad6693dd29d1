package org.placementledger.commandside.ssda903.rules;

import java.util.List;

/** DfE rules: TODO. */
final class EpisodeHistoryRules {

    private EpisodeHistoryRules() {
    }

    static final List<Rule> ALL = List.of();
}
