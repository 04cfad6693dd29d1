package org.placementledger.commandside.aggregate;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.placementledger.commandside.domain.CeaseCare;
import org.placementledger.commandside.domain.NewPlacement;
import org.placementledger.commandside.domain.Rule;
import org.placementledger.commandside.domain.StartCare;
import org.placementledger.events.CareStarted;
import org.placementledger.events.Money;
import org.placementledger.events.Postcode;
import org.placementledger.events.codes.CategoryOfNeed;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.codes.PlacementProvider;
import org.placementledger.events.codes.PlacementType;
import org.placementledger.events.codes.ReasonEpisodeCeased;
import org.placementledger.events.codes.Sex;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.placementledger.commandside.aggregate.RuleBrokenMatcher.refusedBy;
import static org.placementledger.commandside.domain.Torbay.AGENCY_FOSTER;
import static org.placementledger.commandside.domain.Torbay.AMELIA;
import static org.placementledger.commandside.domain.Torbay.BORN;
import static org.placementledger.commandside.domain.Torbay.CHILDRENS_HOME;
import static org.placementledger.commandside.domain.Torbay.FAMILY_HOME;
import static org.placementledger.commandside.domain.Torbay.HOSPITAL;
import static org.placementledger.commandside.domain.Torbay.careStarted;
import static org.placementledger.commandside.domain.Torbay.move;
import static org.placementledger.commandside.domain.Torbay.moved;
import static org.placementledger.commandside.domain.Torbay.ofType;
import static org.placementledger.commandside.domain.Torbay.placed;
import static org.placementledger.commandside.domain.Torbay.startCare;

/** 903 codes, each judged by the reporting year of the date it is effective on; and well-formed postcodes. */
class CodeScenariosTest {

    private static final String CARE_LEAVER = "TQ-1003";
    /** A 16-year-old in Ofsted-registered supported accommodation in Torquay. */
    private static final NewPlacement SUPPORTED = new NewPlacement(null, PlacementType.K3, PlacementProvider.PR4, "2644111",
            Postcode.of("TQ1 1HE"), Money.of("1800.00"), false);

    private final FixtureConfiguration<ChildAggregate> fixture = ChildFixture.create();

    private static StartCare careLeaverStarts(LocalDate date, Sex sex, NewPlacement placement) {
        return new StartCare(CARE_LEAVER, date, LocalDate.of(2008, 5, 1), sex, Postcode.of("TQ3 2SH"), LegalStatus.V2,
                CategoryOfNeed.N4, placement);
    }

    @Test
    void givenSupportedAccommodationK3_todaysCode_whenBackdatedTo31March2024_inReportingYear2023to24_thenAccepted() {
        fixture.givenNoPriorActivity()
                .when(careLeaverStarts(LocalDate.of(2024, 3, 31), Sex.M, SUPPORTED))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void givenSupportedAccommodationK3_whenUsedOn1April2024_inReportingYear2024to25_thenAccepted() {
        fixture.givenNoPriorActivity()
                .when(careLeaverStarts(LocalDate.of(2024, 4, 1), Sex.M, SUPPORTED))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void givenTheOtherPlacementCodeZ1_whenUsedOn31March2025_thenAccepted_andOn1April2025_inTheYearItWasRetired_thenRefused() {
        fixture.given(careStarted())
                .when(move(LocalDate.of(2025, 3, 31), ofType(PlacementType.Z1, CHILDRENS_HOME)))
                .expectSuccessfulHandlerExecution();
        fixture.given(careStarted())
                .when(move(LocalDate.of(2025, 4, 1), ofType(PlacementType.Z1, CHILDRENS_HOME)))
                .expectException(refusedBy(Rule.CODE_NOT_VALID_FOR_YEAR, "Z1", "2025-26"));
    }

    @Test
    void givenTheNewOtherPlacementCodeZ11_todaysCode_whenBackdatedBeforeApril2025_thenAccepted_asFromApril() {
        fixture.given(careStarted())
                .when(move(LocalDate.of(2025, 3, 31), ofType(PlacementType.Z11, CHILDRENS_HOME)))
                .expectSuccessfulHandlerExecution();
        fixture.given(careStarted())
                .when(move(LocalDate.of(2025, 4, 1), ofType(PlacementType.Z11, CHILDRENS_HOME)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void givenSexCodedM_todaysCode_whenCareStartsIn2023to24_thenAccepted() {
        fixture.givenNoPriorActivity()
                .when(careLeaverStarts(LocalDate.of(2024, 1, 15), Sex.M, CHILDRENS_HOME))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void givenSexCoded1_thatYearsCode_whenCareStartsIn2023to24_thenRecordedAsM() {
        StartCare coded1 = careLeaverStarts(LocalDate.of(2024, 1, 15), Sex.of("1"), CHILDRENS_HOME);
        assertThat(coded1.sex()).isEqualTo(Sex.M);
        fixture.givenNoPriorActivity()
                .when(coded1)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void givenSexCodedU_whenCareStartsIn2023to24_thenRefused_becauseThatYearHadNoCodeForIt_andFrom2024to25Accepted() {
        fixture.givenNoPriorActivity()
                .when(careLeaverStarts(LocalDate.of(2024, 3, 31), Sex.U, CHILDRENS_HOME))
                .expectException(refusedBy(Rule.CODE_NOT_VALID_FOR_YEAR, "sex", "U", "2023-24"));
        fixture.givenNoPriorActivity()
                .when(careLeaverStarts(LocalDate.of(2024, 4, 1), Sex.U, CHILDRENS_HOME))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void givenAChildInCare_whenTheyGoIntoHospital_thenTheTemporaryPlacementHasNoProvider() {
        fixture.given(careStarted())
                .when(move(LocalDate.of(2025, 4, 1), HOSPITAL))
                .expectEvents(moved(LocalDate.of(2025, 4, 1), "P2", HOSPITAL));
    }

    @Test
    void givenAHospitalStayRecordedWithAProvider_thenRefused() {
        NewPlacement hospitalWithProvider = new NewPlacement(null, PlacementType.T1, PlacementProvider.PR3, null,
                Postcode.of("TQ2 7AA"), null, false);
        fixture.given(careStarted())
                .when(move(LocalDate.of(2025, 4, 1), hospitalWithProvider))
                .expectException(refusedBy(Rule.PROVIDER_FOR_TEMPORARY, "T1", "PR3"));
    }

    @Test
    void givenAFosterPlacementRecordedWithoutAProvider_thenRefused() {
        NewPlacement noProvider = new NewPlacement(null, PlacementType.U6, null, "SC484322", Postcode.of("TQ1 3AB"),
                Money.of("965.00"), false);
        fixture.givenNoPriorActivity()
                .when(startCare(LocalDate.of(2025, 4, 1), noProvider))
                .expectException(refusedBy(Rule.PROVIDER_FOR_TEMPORARY, "U6"));
    }

    @Test
    void givenAPlacementPostcodeThatCannotExist_thenRefused() {
        NewPlacement nowhere = new NewPlacement(null, PlacementType.U4, PlacementProvider.PR1, null,
                Postcode.of("W11 2OA"), Money.of("402.00"), false);
        fixture.given(careStarted())
                .when(move(LocalDate.of(2025, 4, 1), nowhere))
                .expectException(refusedBy(Rule.POSTCODE_MALFORMED, "W11 2OA"));
    }

    @Test
    void givenAHomePostcodeWrittenInLowerCaseWithoutASpace_thenAccepted_inItsStandardForm() {
        StartCare lowerCase = new StartCare(AMELIA, LocalDate.of(2024, 1, 15), BORN, Sex.F, Postcode.of("tq25qe"),
                LegalStatus.C2, CategoryOfNeed.N1, AGENCY_FOSTER);
        fixture.givenNoPriorActivity()
                .when(lowerCase)
                .expectEvents(new CareStarted(AMELIA, LocalDate.of(2024, 1, 15), BORN, Sex.F, FAMILY_HOME,
                        LegalStatus.C2, CategoryOfNeed.N1, placed("P1", AGENCY_FOSTER)));
    }

    @Test
    void givenAHomePostcodeOfOnlyAnOutwardCode_thenRefused() {
        StartCare outwardOnly = new StartCare(AMELIA, LocalDate.of(2024, 1, 15), BORN, Sex.F, Postcode.of("TQ2"),
                LegalStatus.C2, CategoryOfNeed.N1, AGENCY_FOSTER);
        fixture.givenNoPriorActivity()
                .when(outwardOnly)
                .expectException(refusedBy(Rule.POSTCODE_MALFORMED, "home postcode", "TQ2"));
    }

    @Test
    void givenCareEndingWithX1_thenRefused_becauseX1ContinuesCare() {
        fixture.given(careStarted())
                .when(new CeaseCare(AMELIA, LocalDate.of(2025, 4, 1), ReasonEpisodeCeased.X1))
                .expectException(refusedBy(Rule.CEASE_REASON_CONTINUES_CARE, "X1"));
    }

    @Test
    void givenCareEndingWithASpecialGuardianshipOrderToRelatives_thenAccepted() {
        fixture.given(careStarted())
                .when(new CeaseCare(AMELIA, LocalDate.of(2025, 4, 1), ReasonEpisodeCeased.E45))
                .expectSuccessfulHandlerExecution();
    }
}
