package org.placementledger.infra.streams;

import org.placementledger.infra.config.LedgerProperties;
import com.mongodb.client.MongoDatabase;
import org.placementledger.events.Money;
import org.placementledger.measures.Measures;
import org.placementledger.measures.alerts.AlertRules;
import org.placementledger.measures.alerts.AlertSettings;
import org.placementledger.projections.alerts.AlertsProjection;
import org.placementledger.measures.MeasuresConfig;
import org.placementledger.measures.geography.PostcodeGrid;
import org.placementledger.projections.timelines.TimelineIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class MeasuresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MeasuresConfiguration.class);

    @Bean
    public TimelineIndex timelineIndex(Measures measures) {
        return new TimelineIndex(measures);
    }

    @Bean
    public PostcodeGrid postcodeGrid(LedgerProperties properties) {
        LedgerProperties.Geography geography = properties.geography();
        PostcodeGrid grid = geography.postcodeFile() == null
                ? PostcodeGrid.shippedSectors()
                : PostcodeGrid.withPostcodeFile(geography.postcodeFile());
        log.info("Distances from {} postcodes and {} sector centroids", grid.postcodeCount(), grid.sectorCount());
        return grid;
    }

    @Bean
    public MeasuresConfig measuresConfig(LedgerProperties properties) {
        MeasuresConfig defaults = MeasuresConfig.defaults();
        LedgerProperties.MeasureSettings settings = properties.measures();
        return new MeasuresConfig(
                settings.categories().isEmpty() ? defaults.categories() : MeasureSettingsReader.categories(settings.categories()),
                defaults.otherCategory(),
                settings.ageBands().isEmpty() ? defaults.ageBands() : MeasureSettingsReader.ageBands(settings.ageBands()),
                defaults.residentialCategory(),
                settings.residentialCostBands().isEmpty() ? defaults.residentialCostBands() : MeasureSettingsReader.costBands(settings.residentialCostBands()),
                settings.councilAreaCode(), defaults.inHouseCategory(), defaults.externalFosteringCategories(), settings.inHouseFosteringTarget());
    }

    @Bean
    public Measures measures(MeasuresConfig config, PostcodeGrid grid) {
        return new Measures(config, grid);
    }

    @Bean
    public AlertsProjection alertsProjection(MeasuresConfig config, PostcodeGrid grid, LedgerProperties properties, MongoDatabase database) {
        LedgerProperties.AlertSettings a = properties.alerts();
        return new AlertsProjection(new AlertRules(config, grid, new AlertSettings(a.residentialAgeLimit(), Money.of(a.weeklyCost()), properties.zone())), database);
    }
}
