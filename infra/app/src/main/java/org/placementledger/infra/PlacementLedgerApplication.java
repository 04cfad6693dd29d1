package org.placementledger.infra;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Placement Ledger: one process that records, streams and serves, on embedded servers unless told otherwise. */
@SpringBootApplication(scanBasePackages = "org.placementledger", exclude = MongoAutoConfiguration.class)
@ConfigurationPropertiesScan("org.placementledger")
public class PlacementLedgerApplication {

    public static void main(String[] args) {
        // Axon checks for updates over the network at start; there is no network to reach and nothing to gain.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(PlacementLedgerApplication.class, args);
    }
}
