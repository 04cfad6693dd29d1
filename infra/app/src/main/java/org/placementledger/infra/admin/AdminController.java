package org.placementledger.infra.admin;

import org.placementledger.infra.streams.ProjectionRebuilds;
import org.placementledger.infra.streams.RebuildProgress;
import org.placementledger.infra.relay.EventLogRefill;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rebuilding every projection and read model from the event log, how far it has come, and refilling a lost log. */
@RestController
public class AdminController {

    private final ProjectionRebuilds rebuilds;
    private final EventLogRefill refill;

    public AdminController(ProjectionRebuilds rebuilds, EventLogRefill refill) {
        this.rebuilds = rebuilds;
        this.refill = refill;
    }

    /** Refills a lost {@code placement-events} from the event store: 202, or 409 when the topic still holds events. */
    @PostMapping("/api/admin/refill-events")
    public ResponseEntity<?> refillEvents() {
        EventLogRefill.Outcome outcome = refill.refill();
        if (outcome.started()) return ResponseEntity.status(HttpStatus.ACCEPTED).body(outcome);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, outcome.message());
        problem.setType(java.net.URI.create("/problems/event-log-not-lost"));
        problem.setTitle("Event log not lost");
        problem.setProperty("eventsOnTopic", outcome.eventsOnTopic());
        return ResponseEntity.of(problem).build();
    }

    /** Starts a rebuild (or reports the one under way): 202, with where it stands. */
    @PostMapping("/api/admin/rebuild")
    public ResponseEntity<RebuildProgress> rebuild() {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(rebuilds.start());
    }

    @GetMapping("/api/admin/rebuild")
    public RebuildProgress progress() {
        return rebuilds.progress();
    }
}
