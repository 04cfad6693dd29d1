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
    void givenK3_thenItIsValidFrom2024To25Only() {
        assertThat(PlacementType.K3.validOn(LocalDate.of(2024, 3, 31))).isFalse();
        assertThat(PlacementType.K3.validOn(LocalDate.of(2024, 4, 1))).isTrue();
    }

    @Test
    void givenTheCodesRetiredIn2025To26_thenTheyAreRefusedFromThen() {
        for (PlacementType retired : new PlacementType[]{PlacementType.H5, PlacementType.P2, PlacementType.Z1}) {
            assertThat(retired.validOn(LocalDate.of(2025, 3, 31))).as(retired.code()).isTrue();
            assertThat(retired.validOn(LocalDate.of(2025, 4, 1))).as(retired.code()).isFalse();
        }
        assertThat(PlacementType.Z11.validOn(LocalDate.of(2025, 3, 31))).isFalse();
        assertThat(PlacementType.Z11.validOn(LocalDate.of(2025, 4, 1))).isTrue();
    }

    @Test
    void givenSex_thenOneAndTwoGiveWayToMFU_in2024To25() {
        assertThat(Sex.FEMALE_2.validOn(LocalDate.of(2024, 3, 31))).isTrue();
        assertThat(Sex.FEMALE_2.validOn(LocalDate.of(2024, 4, 1))).isFalse();
        assertThat(Sex.F.validOn(LocalDate.of(2024, 3, 31))).isFalse();
        assertThat(Sex.F.validOn(LocalDate.of(2024, 4, 1))).isTrue();
        assertThat(Codes.find(Sex.class, "2")).contains(Sex.FEMALE_2);
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
