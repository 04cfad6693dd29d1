package org.placementledger.queryside.dashboard;

import com.mongodb.client.MongoDatabase;
import org.placementledger.projections.incare.InCareNow;
import org.placementledger.projections.incare.InCareNowReader;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The live dashboard's figures, from the read models the projections keep. */
@RestController
@RequestMapping("/api/dashboard")
public class DashboardController {

    private final InCareNowReader inCareNow;

    public DashboardController(MongoDatabase database) {
        this.inCareNow = new InCareNowReader(database);
    }

    @GetMapping("/now")
    public ResponseEntity<InCareNow> now() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(inCareNow.read());
    }
}
