package org.placementledger.events.codes;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CodeValidityTest {

    @Test
    void givenTheReportingYear_thenItRunsFromAprilToMarch() {
        assertThat(ReportingYear.containing(LocalDate.of(2025, 3, 31))).isEqualTo(new ReportingYear(2024));
        assertThat(ReportingYear.containing(LocalDate.of(2025, 4, 1))).isEqualTo(new ReportingYear(2025));
        assertThat(new ReportingYear(2024)).hasToString("2024-25");
    }

    @Test
    void givenK3_todaysCodeForSupportedAccommodation_thenItIsAcceptedForAnyDate() {
        assertThat(PlacementType.K3.validOn(LocalDate.of(2024, 3, 31))).isTrue();
        assertThat(PlacementType.K3.validOn(LocalDate.of(2024, 4, 1))).isTrue();
    }

    @Test
    void givenTheCodesRetiredIn2025To26_thenTheyAreRefusedFromThen_andTodaysCodesAreAcceptedForAnyDate() {
        for (PlacementType retired : new PlacementType[]{PlacementType.H5, PlacementType.P2, PlacementType.Z1}) {
            assertThat(retired.validOn(LocalDate.of(2025, 3, 31))).as(retired.code()).isTrue();
            assertThat(retired.validOn(LocalDate.of(2025, 4, 1))).as(retired.code()).isFalse();
        }
        assertThat(PlacementType.Z11.validOn(LocalDate.of(2019, 3, 31))).isTrue();
        assertThat(PlacementType.K3.validOn(LocalDate.of(2023, 11, 1))).isTrue();
    }

    @Test
    void givenTodaysPlacementCodes_whenWrittenInAnEarlierYearsReturn_thenThatYearsCodesAreWritten() {
        assertThat(PlacementType.K3.codeIn(new ReportingYear(2023))).isEqualTo("H5");
        assertThat(PlacementType.K3.codeIn(new ReportingYear(2024))).isEqualTo("K3");
        assertThat(PlacementType.Z13.codeIn(new ReportingYear(2024))).isEqualTo("Z1");
        assertThat(PlacementType.Z13.codeIn(new ReportingYear(2025))).isEqualTo("Z13");
        assertThat(PlacementType.U4.codeIn(new ReportingYear(2017))).isEqualTo("U4");
    }

    @Test
    void givenSex_thenOneAndTwoMeanMAndF_inAnyYear_writtenAsEachYearCodesThem_andUOnlyFrom2024To25() {
        assertThat(Codes.find(Sex.class, "2")).contains(Sex.F);
        assertThat(Codes.find(Sex.class, "1")).contains(Sex.M);
        assertThat(Sex.F.validOn(LocalDate.of(2019, 5, 1))).isTrue();
        assertThat(Sex.F.codeIn(new ReportingYear(2023))).isEqualTo("2");
        assertThat(Sex.F.codeIn(new ReportingYear(2024))).isEqualTo("F");
        assertThat(Sex.M.codeIn(new ReportingYear(2017))).isEqualTo("1");
        assertThat(Sex.U.validOn(LocalDate.of(2024, 3, 31))).isFalse();
        assertThat(Sex.U.validOn(LocalDate.of(2024, 4, 1))).isTrue();
    }

    @Test
    void givenAnEventRecordedWithSexCoded2_whenRead_thenItIsF() throws Exception {
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readValue("\"2\"", Sex.class)).isEqualTo(Sex.F);
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Sex.F)).isEqualTo("\"F\"");
    }

    @Test
    void givenTemporaryAndShortBreakCodes_thenTheyAreRecognised() {
        assertThat(PlacementType.T1.isTemporary()).isTrue();
        assertThat(PlacementType.U6.isTemporary()).isFalse();
        assertThat(LegalStatus.V3.isShortBreaks()).isTrue();
        assertThat(LegalStatus.C2.isShortBreaks()).isFalse();
        assertThat(ReasonEpisodeCeased.X1.endsCare()).isFalse();
    }
}
