package org.placementledger.queryside.dashboard;

import org.placementledger.measures.MeasuresReport;
import org.placementledger.projections.live.LiveMeasures;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The live dashboard's figures: every measure for today. */
@RestController
@RequestMapping("/api/dashboard")
public class DashboardController {

    private final LiveMeasures live;

    public DashboardController(LiveMeasures live) {
        this.live = live;
    }

    /** Every measure for today, as the live projections keep them. */
    @GetMapping("/now")
    public ResponseEntity<MeasuresReport> now() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(live.today());
    }
}
