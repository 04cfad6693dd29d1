package org.placementledger.commandside.ssda903.rules;

import java.util.List;

/** DfE rules (being written). */
final class EpisodeHeaderRules {

    private EpisodeHeaderRules() {
    }

    static final List<Rule> ALL = List.of();
}
