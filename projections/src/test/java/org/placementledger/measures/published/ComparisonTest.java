package org.placementledger.measures.published;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.placementledger.measures.published.PublishedFigures.Measure.IN_CARE_PER_10000;

/** A council's figure beside England, its region and its statistical neighbours, as council papers set them. */
class ComparisonTest {

    private static final String TORBAY = "E06000027";

    @Test
    void givenTheShippedRelease_thenTorbayIsSetBesideEnglandTheSouthWestAndTheAverageOfItsTenNeighbours() {
        PublishedFigures shipped = PublishedFigures.shipped();
        Comparison c = Comparison.of(shipped, TORBAY, IN_CARE_PER_10000, 2025, true);
        assertThat(c.england().value()).isEqualByComparingTo("67");
        assertThat(c.region().name()).isEqualTo("South West");
        assertThat(c.neighbours()).hasSize(10);
        assertThat(c.neighboursPublished()).isEqualTo(10);
        java.math.BigDecimal sum = c.neighbours().stream().map(Comparison.Side::value).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        assertThat(c.neighboursAverage()).isEqualByComparingTo(sum.divide(java.math.BigDecimal.TEN, 1, java.math.RoundingMode.HALF_UP));
    }

    @Test
    void givenANeighboursFigureSuppressed_thenTheAverageIsOfThoseThatArePublished_andSaysHowMany() {
        StringBuilder neighbours = new StringBuilder("time_period,geographic_level,country_code,region_code,region_name,old_la_code,la_name,new_la_code,"
                + "population_type,population_estimate,children_count,rate_per_10000\n");
        PublishedFigures shipped = PublishedFigures.shipped();
        java.util.List<Area> ten = shipped.neighboursOf(TORBAY);
        for (int i = 0; i < ten.size(); i++) {
            Area a = ten.get(i);
            neighbours.append("2025,Local authority,E92000001,").append(a.regionCode()).append(",R,").append(a.oldCode()).append(",\"")
                    .append(a.name()).append("\",").append(a.code()).append(",Children looked after on 31 March each year,10000,")
                    .append(i == 0 ? "c,c" : "100," + (i * 10)).append('\n');
        }
        PublishedReader.Result read = PublishedReader.read(PublishedTable.CHILDREN_LOOKED_AFTER, new StringReader(neighbours.toString()));
        assertThat(read.problems()).isEmpty();
        Comparison c = Comparison.of(shipped.with(read.data()), TORBAY, IN_CARE_PER_10000, 2025, true);
        assertThat(c.neighboursPublished()).isEqualTo(9);
        // (10 + 20 + ... + 90) / 9 = 50: the suppressed one is left out, not counted as 0 (which would give 45).
        assertThat(c.neighboursAverage()).isEqualByComparingTo("50.0");
        assertThat(c.neighbours().get(0).notPublished()).isEqualTo("c");
    }

    @Test
    void givenADate_thenItsYearIsTheYearEnding31MarchItFallsIn() {
        assertThat(Comparison.collectionYearOf(LocalDate.of(2025, 3, 31))).isEqualTo(2025);
        assertThat(Comparison.collectionYearOf(LocalDate.of(2025, 4, 1))).isEqualTo(2026);
    }

    @Test
    void givenChildrenAndAPopulation_thenTheRateIsPer10000ToOneDecimalPlace() {
        assertThat(CouncilFigures.rate(282, 24811).value()).isEqualByComparingTo("113.7");
        assertThat(CouncilFigures.rate(5, 0).value()).isNull();
    }
}
