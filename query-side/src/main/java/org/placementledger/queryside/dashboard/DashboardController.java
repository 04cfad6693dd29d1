package org.placementledger.queryside.dashboard;

import com.mongodb.client.MongoDatabase;
import org.placementledger.measures.MeasuresReport;
import org.placementledger.projections.incare.InCareNow;
import org.placementledger.projections.incare.InCareNowReader;
import org.placementledger.projections.live.LiveMeasures;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The live dashboard's figures: every measure for today, and the in-care counts' read model. */
@RestController
@RequestMapping("/api/dashboard")
public class DashboardController {

    private final LiveMeasures live;
    private final InCareNowReader inCareNow;

    public DashboardController(LiveMeasures live, MongoDatabase database) {
        this.live = live;
        this.inCareNow = new InCareNowReader(database);
    }

    /** Every measure for today, as the live projections keep them. */
    @GetMapping("/now")
    public ResponseEntity<MeasuresReport> now() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(live.today());
    }

    /** Children in care now by placement type and provider, from the MongoDB read model every instance shares. */
    @GetMapping("/counts")
    public ResponseEntity<InCareNow> counts() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(inCareNow.read());
    }
}
