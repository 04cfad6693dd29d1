package org.placementledger.measures.published;

import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;

/** A DfE table as an administrator may load it: every bad row named by its line and column, nothing half taken. */
class PublishedReaderTest {

    private static final String HEADER = "time_period,geographic_level,country_code,region_code,region_name,old_la_code,la_name,new_la_code,"
            + "population_type,population_estimate,children_count,rate_per_10000\n";

    private static PublishedReader.Result read(String text) {
        return PublishedReader.read(PublishedTable.CHILDREN_LOOKED_AFTER, new StringReader(text));
    }

    @Test
    void givenRowsWithABadYearANumberThatIsNotOneAndAnUnknownLevel_thenEachIsAProblemAtItsLineAndColumn_andNothingIsTaken() {
        PublishedReader.Result read = read(HEADER
                + "2025,National,E92000001,,,,,,Children looked after on 31 March each year,12183016,81770,67\n"
                + "25,National,E92000001,,,,,,Children looked after on 31 March each year,12183016,81770,67\n"
                + "2025,National,E92000001,,,,,,Children looked after on 31 March each year,12183016,lots,67\n"
                + "2025,County,E92000001,,,,,,Children looked after on 31 March each year,12183016,81770,67\n");
        assertThat(read.ok()).isFalse();
        assertThat(read.data()).isNull();
        assertThat(read.problems()).extracting(PublishedReader.Problem::line, PublishedReader.Problem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "time_period"), org.assertj.core.groups.Tuple.tuple(4L, "children_count"),
                        org.assertj.core.groups.Tuple.tuple(5L, "geographic_level"));
        assertThat(read.problems().get(1).message()).contains("'lots'").contains("c, z, x, low");
    }

    @Test
    void givenAHeaderWithoutAColumnTheTableNeeds_thenTheProblemNamesTheColumn_onLine1() {
        PublishedReader.Result read = read("time_period,geographic_level\n2025,National\n");
        assertThat(read.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo("rate_per_10000");
        });
    }

    @Test
    void givenSuppressedValues_thenTheyAreKeptAsNotPublished_withTheirMark() {
        PublishedReader.Result read = read(HEADER
                + "2025,Local authority,E92000001,E12000009,South West,880,Torbay,E06000027,Children ceasing to be looked after each year,24811,c,low\n");
        assertThat(read.problems()).isEmpty();
        PublishedReader.FigureRow row = read.data().rows().get(0);
        assertThat(row.count().published()).isFalse();
        assertThat(row.count().notPublished()).isEqualTo("c");
        assertThat(row.value().notPublished()).isEqualTo("low");
        assertThat(row.area().regionCode()).isEqualTo("E12000009");
    }

    @Test
    void givenAYearWrittenAsTheDfEsSixDigits_thenItIsTheYearEnding31March() {
        PublishedReader.Result read = read(HEADER + "202425,National,E92000001,,,,,,Children looked after on 31 March each year,12183016,81770,67\n");
        assertThat(read.data().rows().get(0).year()).isEqualTo(2025);
    }
}
