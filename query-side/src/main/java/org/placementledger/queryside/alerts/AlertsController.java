package org.placementledger.queryside.alerts;

import org.placementledger.measures.alerts.Alert;
import org.placementledger.projections.alerts.AlertsProjection;
import org.placementledger.queryside.web.InvalidQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The alerts raised as events arrive, newest first. */
@RestController
public class AlertsController {

    private final AlertsProjection alerts;

    public AlertsController(AlertsProjection alerts) {
        this.alerts = alerts;
    }

    @GetMapping("/api/alerts")
    public List<Alert> alerts(@RequestParam(defaultValue = "100") String limit) {
        int n;
        try {
            n = Integer.parseInt(limit.trim());
        } catch (NumberFormatException e) {
            throw new InvalidQuery("limit", "must be a whole number from 1 to 1000, not '" + limit + "'");
        }
        if (n < 1 || n > 1000) throw new InvalidQuery("limit", "must be from 1 to 1000");
        return alerts.latest(n);
    }
}
