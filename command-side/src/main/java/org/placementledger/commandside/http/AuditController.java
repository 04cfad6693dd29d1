package org.placementledger.commandside.http;

import org.placementledger.commandside.eventstore.EventChains;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The event store's tamper evidence: verify every child's chain and every seal; seal now. */
@RestController
public class AuditController {

    private final EventChains chains;

    public AuditController(EventChains chains) {
        this.chains = chains;
    }

    /** Reads the whole store: on a big store, seconds to minutes. */
    @GetMapping("/api/audit/verify")
    public EventChains.Verification verify() {
        return chains.verify();
    }

    @PostMapping("/api/audit/seals")
    public EventChains.Seal seal() {
        return chains.seal();
    }
}
