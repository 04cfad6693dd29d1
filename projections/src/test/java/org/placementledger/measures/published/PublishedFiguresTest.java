package org.placementledger.measures.published;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.placementledger.measures.published.PublishedFigures.Measure.IN_CARE_PER_10000;
import static org.placementledger.measures.published.PublishedFigures.Measure.LONG_TERM_STABILITY;
import static org.placementledger.measures.published.PublishedFigures.Measure.NEW_PLACEMENTS_OVER_20_MILES;
import static org.placementledger.measures.published.PublishedFigures.Measure.THREE_OR_MORE_PLACEMENTS;

/** The DfE's published figures as shipped, read the way a council paper quotes them. */
class PublishedFiguresTest {

    private static final String TORBAY = "E06000027";
    private static final PublishedFigures SHIPPED = PublishedFigures.shipped();

    @Test
    void givenTheShippedRelease_thenTorbaysRateEnglandsAndTheSouthWestsAreTheDfEsOwn_forEachYear2021To2025() {
        assertThat(SHIPPED.years()).containsExactly(2021, 2022, 2023, 2024, 2025);
        assertThat(SHIPPED.figure(2025, TORBAY, IN_CARE_PER_10000).value().value()).isEqualByComparingTo("114");
        assertThat(SHIPPED.figure(2025, TORBAY, IN_CARE_PER_10000).count().value()).isEqualByComparingTo("282");
        assertThat(SHIPPED.figure(2024, TORBAY, IN_CARE_PER_10000).value().value()).isEqualByComparingTo("121");
        assertThat(SHIPPED.figure(2025, Area.ENGLAND, IN_CARE_PER_10000).value().value()).isEqualByComparingTo("67");
        Area torbay = SHIPPED.area(TORBAY).orElseThrow();
        assertThat(torbay.name()).isEqualTo("Torbay");
        assertThat(SHIPPED.area(torbay.regionCode()).orElseThrow().name()).isEqualTo("South West");
        assertThat(SHIPPED.figure(2025, Area.ENGLAND, LONG_TERM_STABILITY).value().value()).isEqualByComparingTo("69");
        assertThat(SHIPPED.figure(2025, Area.ENGLAND, THREE_OR_MORE_PLACEMENTS).value().published()).isTrue();
    }

    @Test
    void givenTorbay_thenItsTenStatisticalNeighboursAreTheModelsNearestFirst() {
        assertThat(SHIPPED.neighboursOf(TORBAY)).hasSize(10);
        // 357 is Tameside in the DfE's numbering, the model's nearest neighbour of Torbay (880).
        assertThat(SHIPPED.neighboursOf(TORBAY).get(0).oldCode()).isEqualTo("357");
    }

    @Test
    void givenASuppressedCount_thenTheFigureIsNotPublished_withTheDfEsMark_neverZero() {
        // Torbay 2025: new placements inside the boundary over 20 miles is "c".
        PublishedFigures.Figure over20 = SHIPPED.figure(2025, TORBAY, NEW_PLACEMENTS_OVER_20_MILES);
        assertThat(over20.value().published()).isFalse();
        assertThat(over20.value().notPublished()).isEqualTo("c");
        // England's is made from its counts: (inside + outside more than 20 miles) of all new placements.
        assertThat(SHIPPED.figure(2025, Area.ENGLAND, NEW_PLACEMENTS_OVER_20_MILES).value().value()).isBetween(BigDecimal.ONE, BigDecimal.valueOf(50));
    }

    @Test
    void givenTheChildPopulation_thenTheMidYearAskedFor_orTheLatestBeforeIt() {
        assertThat(SHIPPED.childPopulation(TORBAY, 2024).orElseThrow()).isEqualTo(new PublishedFigures.Population(2024, 24811));
        assertThat(SHIPPED.childPopulation(TORBAY, 2030).orElseThrow().midYear()).isEqualTo(2024);
    }

    @Test
    void givenANewerReleaseOfOneTable_whenLoaded_thenItsFiguresReplaceThoseOfThatTableOnly() {
        String newer = """
                time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,population_type,population_estimate,children_count,rate_per_10000
                2026,Reporting year,National,E92000001,England,,,,,,Children looked after on 31 March each year,12100000,80000,66
                2026,Reporting year,Local authority,E92000001,England,E12000009,South West,880,Torbay,E06000027,Children looked after on 31 March each year,24700,270,109
                """;
        PublishedReader.Result read = PublishedReader.read(PublishedTable.CHILDREN_LOOKED_AFTER, new StringReader(newer));
        assertThat(read.problems()).isEmpty();
        PublishedFigures loaded = SHIPPED.with(read.data());
        assertThat(loaded.figure(2026, TORBAY, IN_CARE_PER_10000).value().value()).isEqualByComparingTo("109");
        assertThat(loaded.figure(2025, TORBAY, IN_CARE_PER_10000).value().published()).as("the newer file holds 2026 only").isFalse();
        assertThat(loaded.figure(2025, TORBAY, LONG_TERM_STABILITY).value().published()).as("another table is untouched").isTrue();
        assertThat(SHIPPED.figure(2026, TORBAY, IN_CARE_PER_10000).value().published()).as("the figures in use are not changed").isFalse();
    }
}
