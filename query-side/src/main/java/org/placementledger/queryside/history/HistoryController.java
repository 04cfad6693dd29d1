package org.placementledger.queryside.history;

import org.placementledger.queryside.web.NotFound;
import org.placementledger.queryside.web.QueryParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** A child's history, replayed from the event store, as known now or at any past instant. */
@RestController
public class HistoryController {

    private final ChildHistories histories;

    public HistoryController(ChildHistories histories) {
        this.histories = histories;
    }

    @GetMapping("/api/children/{childId}/history")
    public ChildHistory history(@PathVariable String childId, @RequestParam(required = false) String asKnownAt) {
        Instant knownAt = QueryParameters.instant("asKnownAt", asKnownAt, null);
        return histories.of(childId, knownAt).orElseThrow(() -> new NotFound("no event of child " + childId + " was recorded"
                + (knownAt == null ? "" : " by " + knownAt)));
    }
}
