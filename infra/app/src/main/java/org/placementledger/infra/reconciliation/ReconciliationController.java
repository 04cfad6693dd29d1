package org.placementledger.infra.reconciliation;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** For administrators (see AccessRules): where the events stand, and the reconciliation, on demand. */
@RestController
public class ReconciliationController {

    private final EventFlow flow;
    private final Reconciliation reconciliation;

    public ReconciliationController(EventFlow flow, Reconciliation reconciliation) {
        this.flow = flow;
        this.reconciliation = reconciliation;
    }

    /** The positions now, and the last reconciliation's verdict. */
    @GetMapping("/api/admin/status")
    public Map<String, Object> status() {
        EventFlow.Snapshot now = flow.sample();
        Reconciliation.Report report = reconciliation.last();
        Map<String, Object> status = new java.util.LinkedHashMap<>();
        status.put("flow", now);
        status.put("caughtUp", now.caughtUp());
        status.put("lastReconciliation", report == null ? null : Map.of(
                "checkedAt", report.checkedAt(), "healthy", report.healthy(), "faultFound", report.faultFound(),
                "childrenMissingEvents", report.behindCount(), "childrenAheadOfStore", report.aheadCount(),
                "childrenResent", report.resent().size()));
        return status;
    }

    /** Runs the check now (it may take up to twice the grace while it waits for events on their way). */
    @PostMapping("/api/admin/reconciliation")
    public Reconciliation.Report reconcile(@RequestParam(name = "detail", required = false) String detail) {
        return reconciliation.check("children".equals(detail));
    }

    @GetMapping("/api/admin/reconciliation")
    public ResponseEntity<Reconciliation.Report> lastReport() {
        Reconciliation.Report report = reconciliation.last();
        return report == null ? ResponseEntity.noContent().build() : ResponseEntity.ok(report);
    }
}
