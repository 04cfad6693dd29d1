package org.placementledger.commandside.ssda903.rules;

import java.util.List;

/** DfE rules: TODO. */
final class EpisodeRowRules {

    private EpisodeRowRules() {
    }

    static final List<Rule> ALL = List.of();
}
