package org.placementledger.infra.streams;

import org.placementledger.infra.config.LedgerProperties;
import org.placementledger.measures.Measures;
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
    public TimelineIndex timelineIndex() {
        return new TimelineIndex();
    }

    @Bean
    public Measures measures(LedgerProperties properties) {
        LedgerProperties.Geography geography = properties.geography();
        PostcodeGrid grid = geography.postcodeFile() == null
                ? PostcodeGrid.shippedSectors()
                : PostcodeGrid.withPostcodeFile(geography.postcodeFile());
        log.info("Distances from {} postcodes and {} sector centroids", grid.postcodeCount(), grid.sectorCount());
        MeasuresConfig defaults = MeasuresConfig.defaults();
        LedgerProperties.MeasureSettings settings = properties.measures();
        MeasuresConfig config = new MeasuresConfig(defaults.categories(), defaults.otherCategory(), defaults.ageBands(),
                defaults.residentialCategory(), defaults.residentialCostBands(), settings.councilAreaCode(),
                defaults.inHouseCategory(), defaults.externalFosteringCategories(), settings.inHouseFosteringTarget());
        return new Measures(config, grid);
    }
}
