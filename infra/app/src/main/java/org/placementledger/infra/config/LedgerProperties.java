package org.placementledger.infra.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;

/**
 * Everything an operator may set, under {@code placement-ledger.*}. Empty connection settings mean
 * "run the embedded server under the data directory".
 *
 * @param dataDir             where the embedded servers keep their data and Kafka Streams its state
 * @param zone                the council's time zone: what "today" means for effective dates
 * @param mongodb             the MongoDB to use
 * @param kafka               the Kafka cluster to use
 * @param weeklyCostCeiling   a weekly cost at or above this is refused as a likely typing error
 */
@ConfigurationProperties(prefix = "placement-ledger")
public record LedgerProperties(
        Path dataDir,
        ZoneId zone,
        Mongo mongodb,
        Kafka kafka,
        BigDecimal weeklyCostCeiling,
        Geography geography,
        MeasureSettings measures,
        AlertSettings alerts,
        Audit audit,
        Privacy privacy,
        Relay relay,
        Reconciliation reconciliation,
        Published published) {

    public LedgerProperties {
        if (dataDir == null) dataDir = Path.of("data");
        if (zone == null) zone = ZoneId.of("Europe/London");
        if (mongodb == null) mongodb = new Mongo(null, null);
        if (kafka == null) kafka = new Kafka(null, null, null, null);
        if (weeklyCostCeiling == null) weeklyCostCeiling = new BigDecimal("25000.00");
        if (geography == null) geography = new Geography(null);
        if (measures == null) measures = new MeasureSettings(null, null, null, null, null);
        if (alerts == null) alerts = new AlertSettings(null, null);
        if (audit == null) audit = new Audit(null);
        if (privacy == null) privacy = new Privacy(null, null, null, null);
        if (relay == null) relay = new Relay(null);
        if (reconciliation == null) reconciliation = new Reconciliation(null, null, null);
        if (published == null) published = new Published(null);
    }

    /**
     * @param childPopulation children aged 0 to 17 in the council's area, for its rates per 10,000, when the council
     *                        uses its own figure rather than the ONS estimate shipped with the published tables
     */
    public record Published(Long childPopulation) {
        public Published {
            if (childPopulation != null && childPopulation <= 0) {
                throw new IllegalArgumentException("placement-ledger.published.child-population must be a positive number of children, not " + childPopulation);
            }
        }
    }

    /**
     * @param maxRetryPause the longest pause before the relay sends a batch Kafka refused again (Axon's own grows
     *                      to 60 s); after the broker returns, the figures catch up within about this
     */
    public record Relay(java.time.Duration maxRetryPause) {
        public Relay {
            if (maxRetryPause == null) maxRetryPause = java.time.Duration.ofSeconds(2);
            if (maxRetryPause.isNegative() || maxRetryPause.isZero()) {
                throw new IllegalArgumentException("placement-ledger.relay.max-retry-pause must be positive, not " + maxRetryPause);
            }
        }
    }

    /**
     * @param checkEvery   how often every child's last event in the store is compared with what the projections applied
     * @param stalledAfter how long the relay's or the projections' lag may stay without shrinking before health says DOWN
     * @param grace        a child found behind is looked at again after this before it is named: it may be on its way
     */
    public record Reconciliation(java.time.Duration checkEvery, java.time.Duration stalledAfter, java.time.Duration grace) {
        public Reconciliation {
            if (checkEvery == null) checkEvery = java.time.Duration.ofMinutes(10);
            if (stalledAfter == null) stalledAfter = java.time.Duration.ofMinutes(2);
            if (grace == null) grace = java.time.Duration.ofSeconds(15);
            for (var setting : java.util.Map.of("check-every", checkEvery, "stalled-after", stalledAfter, "grace", grace).entrySet()) {
                if (setting.getValue().isNegative() || setting.getValue().isZero()) {
                    throw new IllegalArgumentException("placement-ledger.reconciliation." + setting.getKey() + " must be positive, not " + setting.getValue());
                }
            }
        }
    }

    /**
     * @param masterKey           the key children's keys are wrapped with, 32 bytes in base64; blank for a key file
     *                            made in the data folder (master.key). Every instance of a deployment needs the same.
     * @param retentionYears      a child's personal data is erased this many years after birth
     * @param retentionCheckEvery how often the retention sweep runs
     * @param keysHeld            how many children's keys are held in memory
     */
    public record Privacy(String masterKey, Integer retentionYears, java.time.Duration retentionCheckEvery, Integer keysHeld) {
        public Privacy {
            if (retentionYears == null) retentionYears = 75;
            if (retentionYears < 25 || retentionYears > 150) {
                throw new IllegalArgumentException("placement-ledger.privacy.retention-years must be from 25 to 150, not " + retentionYears
                        + ": care leavers are supported up to 25");
            }
            if (retentionCheckEvery == null) retentionCheckEvery = java.time.Duration.ofDays(1);
            if (keysHeld == null) keysHeld = 200_000;
        }
    }

    /** @param sealEvery how often the event store is sealed: a hash over every child's chain head */
    public record Audit(java.time.Duration sealEvery) {
        public Audit {
            if (sealEvery == null) sealEvery = java.time.Duration.ofHours(1);
        }
    }

    /**
     * @param residentialAgeLimit a child younger than this entering residential care raises an alert
     * @param weeklyCost          a placement costing this much a week or more raises an alert
     */
    public record AlertSettings(Integer residentialAgeLimit, BigDecimal weeklyCost) {
        public AlertSettings {
            if (residentialAgeLimit == null) residentialAgeLimit = 12;
            if (weeklyCost == null) weeklyCost = new BigDecimal("7000.00");
        }
    }

    /** @param postcodeFile a full postcode file (postcode,easting,northing,la_code; .gz allowed); blank for the shipped sector centroids */
    public record Geography(Path postcodeFile) {
    }

    /**
     * @param councilAreaCode        the council's local authority district code; a placement elsewhere is out of area
     * @param inHouseFosteringTarget the share of fostering the council aims to keep in house, 0 to 1
     */
    public record MeasureSettings(String councilAreaCode, BigDecimal inHouseFosteringTarget,
                                  java.util.List<CategorySetting> categories, java.util.List<AgeBandSetting> ageBands,
                                  java.util.List<CostBandSetting> residentialCostBands) {
        public MeasureSettings {
            if (councilAreaCode == null || councilAreaCode.isBlank()) councilAreaCode = "E06000027";
            if (inHouseFosteringTarget == null) inHouseFosteringTarget = new BigDecimal("0.60");
            if (categories == null) categories = java.util.List.of();
            if (ageBands == null) ageBands = java.util.List.of();
            if (residentialCostBands == null) residentialCostBands = java.util.List.of();
        }
    }

    /** One line of the category mapping: PLACE and PLACE_PROVIDER codes (empty for any), or parent-and-child placements only. */
    public record CategorySetting(String category, java.util.List<String> types, java.util.List<String> providers, Boolean parentAndChildOnly) {
    }

    /** An age band in whole years, both ends included; no maximum for "and over". */
    public record AgeBandSetting(String label, Integer minAge, Integer maxAge) {
    }

    /** A weekly cost band, from (included) up to below (excluded; none for no limit). */
    public record CostBandSetting(String label, BigDecimal from, BigDecimal below) {
    }

    /**
     * @param uri      a MongoDB connection string; blank for the embedded server
     * @param database the database name
     */
    public record Mongo(String uri, String database) {
        public Mongo {
            if (database == null || database.isBlank()) database = "placement-ledger";
        }

        public boolean embedded() {
            return uri == null || uri.isBlank();
        }
    }

    /**
     * @param bootstrapServers  a Kafka cluster's bootstrap servers; blank for the embedded broker
     * @param partitions        partitions of the placement-events topic when this app creates it; the
     *                          most app instances that can share the projection work
     * @param replicationFactor replicas of the topics this app creates; 0 means the cluster's default
     * @param applicationId     the Kafka Streams application id, shared by every instance of one deployment
     */
    public record Kafka(String bootstrapServers, Integer partitions, Integer replicationFactor, String applicationId) {
        public Kafka {
            if (partitions == null) partitions = 6;
            if (replicationFactor == null) replicationFactor = 0;
            if (applicationId == null || applicationId.isBlank()) applicationId = "placement-ledger";
        }

        public boolean embedded() {
            return bootstrapServers == null || bootstrapServers.isBlank();
        }
    }
}
