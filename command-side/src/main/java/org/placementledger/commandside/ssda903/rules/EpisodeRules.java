package org.placementledger.commandside.ssda903.rules;

import java.util.List;

/** DfE rules (being written). */
final class EpisodeRules {

    private EpisodeRules() {
    }

    static final List<Rule> ALL = List.of();
}
