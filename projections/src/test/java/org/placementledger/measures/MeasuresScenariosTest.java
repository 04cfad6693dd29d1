package org.placementledger.measures;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.placementledger.events.Postcode;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.history.CareTimeline;
import org.placementledger.measures.MeasuresReport.CategoryFigures;
import org.placementledger.measures.geography.Geography;
import org.placementledger.measures.geography.GridReference;
import org.placementledger.measures.geography.PostcodeGrid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.placementledger.events.codes.PlacementProvider.PR1;
import static org.placementledger.events.codes.PlacementProvider.PR4;
import static org.placementledger.events.codes.PlacementType.A4;
import static org.placementledger.events.codes.PlacementType.K2;
import static org.placementledger.events.codes.PlacementType.T1;
import static org.placementledger.events.codes.PlacementType.U4;
import static org.placementledger.events.codes.PlacementType.U6;
import static org.placementledger.events.codes.ReasonEpisodeCeased.E11;
import static org.placementledger.events.codes.ReasonEpisodeCeased.E4A;
import static org.placementledger.measures.ChildRecord.child;
import static org.placementledger.measures.ChildRecord.placement;

/** Every measure, computed by hand for small councils of realistic children, at the boundaries the domain names. */
class MeasuresScenariosTest {

    private static final LocalDate MARCH_31 = LocalDate.of(2024, 3, 31);
    private static final LocalDate APRIL_1 = LocalDate.of(2023, 4, 1);

    private final Measures measures = new Measures(MeasuresConfig.defaults(), Geography.none());

    private MeasuresReport at(LocalDate asAt, ChildRecord... children) {
        return measures.at(asAt, List.of(children).stream().map(ChildRecord::timeline).toList(), null, null);
    }

    private static CategoryFigures category(MeasuresReport report, String name) {
        return report.byCategory().stream().filter(c -> c.category().equals(name)).findFirst().orElseThrow();
    }

    @Nested
    class InCare {

        @Test
        void givenChildrenAroundThe31MarchBoundary_thenOnlyThoseNotCeasedByThenAreInCare() {
            MeasuresReport report = at(MARCH_31,
                    child("A", LocalDate.of(2012, 5, 1)).starts(LocalDate.of(2023, 6, 1), placement(U6, PR4, "TQ1 3AB", "965")),
                    child("B", LocalDate.of(2012, 5, 1)).starts(LocalDate.of(2023, 6, 1), placement(U6, PR4, "TQ1 3AB", "965")).ceases(MARCH_31, E4A),
                    child("C", LocalDate.of(2012, 5, 1)).starts(LocalDate.of(2023, 6, 1), placement(U6, PR4, "TQ1 3AB", "965")).ceases(LocalDate.of(2024, 4, 1), E4A),
                    child("D", LocalDate.of(2012, 5, 1)).starts(MARCH_31, placement(U6, PR4, "TQ1 3AB", "965")),
                    child("E", LocalDate.of(2012, 5, 1)).starts(LocalDate.of(2024, 4, 1), placement(U6, PR4, "TQ1 3AB", "965")));
            assertThat(report.inCare()).as("A, C (ceases after) and D (starts on the day)").isEqualTo(3);
        }

        @Test
        void givenAChildOnShortBreaks_thenTheyAreCountedApart_andInNoHeadlineFigure() {
            MeasuresReport report = at(MARCH_31,
                    child("A", LocalDate.of(2012, 5, 1)).starts(LocalDate.of(2023, 6, 1), placement(U6, PR4, "TQ1 3AB", "965")),
                    child("V", LocalDate.of(2012, 5, 1)).starts(LocalDate.of(2023, 6, 1), placement(K2, PR4, "TQ1 3AB", "700"), LegalStatus.V3));
            assertThat(report.inCare()).isEqualTo(1);
            assertThat(report.shortBreaks()).isEqualTo(1);
            assertThat(report.byPlacementType()).isEqualTo(Map.of("U6", 1L));
            assertThat(report.spend().weeklyTotal()).isEqualByComparingTo("965.00");
        }

        @Test
        void givenChildrenOfManyAges_thenTheyFallInTheTorbayAgeBandsOnTheAsAtDate() {
            MeasuresReport report = at(MARCH_31,
                    child("baby", LocalDate.of(2023, 4, 1)).starts(LocalDate.of(2023, 6, 1), placement(U4, PR1, "TQ1 3AB", "402")),
                    child("four", LocalDate.of(2019, 4, 1)).starts(LocalDate.of(2023, 6, 1), placement(U4, PR1, "TQ1 3AB", "402")),
                    child("sixteen-today", LocalDate.of(2008, 3, 31)).starts(LocalDate.of(2023, 6, 1), placement(K2, PR4, "TQ1 3AB", "4725")));
            assertThat(report.byAgeBand()).extracting(MeasuresReport.AgeBandFigures::children).containsExactly(1L, 1L, 0L, 0L, 1L);
        }
    }

    @Nested
    class Spend {

        @Test
        void givenFosteringAndResidentialPlacements_thenCategoriesCarryNumberTotalAndAverage_andResidentialIsBanded() {
            MeasuresReport report = at(MARCH_31,
                    child("ifa", LocalDate.of(2012, 5, 1)).starts(LocalDate.of(2023, 6, 1), placement(U6, PR4, "TQ1 3AB", "965")),
                    child("inhouse", LocalDate.of(2012, 5, 1)).starts(LocalDate.of(2023, 6, 1), placement(U4, PR1, "TQ1 3AB", "402")),
                    child("home1", LocalDate.of(2009, 5, 1)).starts(LocalDate.of(2023, 6, 1), placement(K2, PR4, "TQ1 3AB", "4725")),
                    child("home2", LocalDate.of(2009, 5, 1)).starts(LocalDate.of(2023, 6, 1), placement(K2, PR4, "TQ1 3AB", "7200")),
                    child("home3", LocalDate.of(2009, 5, 1)).starts(LocalDate.of(2023, 6, 1), placement(K2, PR4, "TQ1 3AB", null)));

            CategoryFigures residential = category(report, MeasuresConfig.RESIDENTIAL);
            assertThat(residential.children()).isEqualTo(3);
            assertThat(residential.weeklyCostTotal()).isEqualByComparingTo("11925.00");
            assertThat(residential.weeklyCostAverage()).as("over the two with a known cost").isEqualByComparingTo("5962.50");
            assertThat(residential.costNotKnown()).isEqualTo(1);
            assertThat(report.residentialCostBands()).extracting(MeasuresReport.CostBandFigures::children).containsExactly(0L, 1L, 0L, 0L, 1L);
            assertThat(report.spend().weeklyTotal()).isEqualByComparingTo("13292.00");
            assertThat(report.spend().inHouseWeekly()).isEqualByComparingTo("402.00");
            assertThat(report.spend().externalWeekly()).isEqualByComparingTo("12890.00");
            assertThat(report.inHouseFostering().percentInHouse()).isEqualByComparingTo("50.0");
            assertThat(report.inHouseFostering().targetPercent()).isEqualByComparingTo("60.0");
        }

        @Test
        void givenACostThatDoublesInOctober_thenTheYearToDateChargesEachDayAtItsOwnCost() {
            ChildRecord child = child("A", LocalDate.of(2012, 5, 1))
                    .starts(APRIL_1, placement(U6, PR4, "TQ1 3AB", "700"))
                    .costs(LocalDate.of(2023, 10, 1), "P1", "1400");
            MeasuresReport report = at(MARCH_31, child);
            // 183 days at £700/7 = £18,300 and 183 days at £1,400/7 = £36,600 (2024 is a leap year)
            assertThat(report.spend().yearToDate()).isEqualByComparingTo("54900.00");
            assertThat(report.spend().forecastToYearEnd()).isEqualByComparingTo("0.00");
        }

        @Test
        void givenAPlacementActiveAtTheEndOfJanuary_thenTheForecastCarriesItTo31March() {
            ChildRecord child = child("A", LocalDate.of(2012, 5, 1)).starts(APRIL_1, placement(U6, PR4, "TQ1 3AB", "1400"));
            MeasuresReport report = at(LocalDate.of(2024, 1, 31), child);
            // 1 April to 31 January: 306 days; then 60 days to 31 March
            assertThat(report.spend().yearToDate()).isEqualByComparingTo("61200.00");
            assertThat(report.spend().forecastToYearEnd()).isEqualByComparingTo("12000.00");
            assertThat(report.spend().forecastFullYear()).isEqualByComparingTo("73200.00");
        }
    }

    @Nested
    class ShortTermStability {

        @Test
        void givenMovesTemporaryStaysAndSameCarerChanges_thenOnlyNewCarersInTheYearCount() {
            LocalDate may = LocalDate.of(2023, 5, 1);
            MeasuresReport report = at(MARCH_31,
                    // before the window, then two moves inside it: three placements
                    child("mover", LocalDate.of(2012, 5, 1)).starts(LocalDate.of(2022, 1, 10), placement(U6, PR4, "TQ1 3AB", "965"))
                            .moves(may, placement(U4, PR1, "TQ4 7EA", "402")).moves(LocalDate.of(2023, 11, 1), placement(K2, PR4, "EX4 3PL", "4725")),
                    // a hospital stay and the return do not count
                    child("hospital", LocalDate.of(2012, 5, 1)).starts(LocalDate.of(2022, 1, 10), placement(U6, PR4, "TQ1 3AB", "965"))
                            .moves(may, placement(T1, null, "TQ2 7AA", null)).returnsTo(LocalDate.of(2023, 5, 5), "P1", placement(U6, PR4, "TQ1 3AB", "965"))
                            .moves(LocalDate.of(2023, 9, 1), placement(U4, PR1, "TQ4 7EA", "402")),
                    // a foster placement becoming long term with the same carer is the same placement
                    child("same-carer", LocalDate.of(2012, 5, 1)).starts(LocalDate.of(2022, 1, 10), placement(U6, PR4, "TQ1 3AB", "965"))
                            .sameCarer(may, placement(U4, PR4, "TQ1 3AB", "965")).moves(LocalDate.of(2023, 9, 1), placement(U4, PR1, "TQ4 7EA", "402")));
            assertThat(report.shortTermStability().children()).isEqualTo(3);
            assertThat(report.shortTermStability().threeOrMorePlacements()).isEqualTo(1);
            assertThat(report.shortTermStability().percent()).isEqualByComparingTo("33.3");
        }
    }

    @Nested
    class LongTermStability {

        private final LocalDate d = MARCH_31;

        @Test
        void givenTheTwoAndAHalfYearAndTwoYearLines_thenOnlyChildrenOnTheRightSideCount() {
            MeasuresReport report = at(d,
                    // in care since 30 Sept 2021 (exactly 2.5 years), same carer since 31 March 2022 (exactly 2 years)
                    child("stable", LocalDate.of(2014, 5, 1)).starts(LocalDate.of(2021, 9, 30), placement(U6, PR4, "TQ1 3AB", "965"))
                            .moves(LocalDate.of(2022, 3, 31), placement(U4, PR1, "TQ4 7EA", "402")),
                    // same carer from a day later: not two years
                    child("moved-late", LocalDate.of(2014, 5, 1)).starts(LocalDate.of(2021, 9, 30), placement(U6, PR4, "TQ1 3AB", "965"))
                            .moves(LocalDate.of(2022, 4, 1), placement(U4, PR1, "TQ4 7EA", "402")),
                    // in care a day too short
                    child("too-recent", LocalDate.of(2014, 5, 1)).starts(LocalDate.of(2021, 10, 1), placement(U6, PR4, "TQ1 3AB", "965")),
                    // sixteen: not eligible
                    child("sixteen", LocalDate.of(2008, 3, 1)).starts(LocalDate.of(2019, 1, 1), placement(U6, PR4, "TQ1 3AB", "965")));
            assertThat(report.longTermStability().eligible()).isEqualTo(2);
            assertThat(report.longTermStability().samePlacementTwoYears()).isEqualTo(1);
            assertThat(report.longTermStability().percent()).isEqualByComparingTo("50.0");
        }

        @Test
        void givenAChildPlacedForAdoption_thenTheAdoptivePlacementAndTheOneBeforeTogetherCount() {
            MeasuresReport report = at(d,
                    child("adopted", LocalDate.of(2019, 5, 1)).starts(LocalDate.of(2021, 6, 1), placement(U6, PR4, "TQ1 3AB", "965"))
                            .moves(LocalDate.of(2022, 1, 1), placement(U4, PR1, "TQ4 7EA", "402"))
                            .moves(LocalDate.of(2023, 9, 1), placement(A4, PR1, "TQ5 9BX", "0")));
            assertThat(report.longTermStability().eligible()).isEqualTo(1);
            assertThat(report.longTermStability().samePlacementTwoYears()).isEqualTo(1);
        }
    }

    /** The conventions of docs/long-term-stability.md, one scenario each, at 31 March 2024. */
    @Nested
    class LongTermStabilityConventions {

        private final LocalDate d = MARCH_31;
        private final LocalDate inCareSince = LocalDate.of(2021, 4, 1);

        private ChildRecord child(String id) {
            return ChildRecord.child(id, LocalDate.of(2014, 5, 1));
        }

        @Test
        void givenAChangeOfPlacementTypeWithTheSameCarer_RNE_T_thenTheTwoYearsRunOnThroughIt() {
            MeasuresReport report = at(d, child("same-carer").starts(inCareSince, placement(U6, PR4, "TQ1 3AB", "965"))
                    .sameCarer(LocalDate.of(2023, 6, 1), placement(U4, PR4, "TQ1 3AB", "965")));
            assertThat(report.longTermStability().eligible()).isEqualTo(1);
            assertThat(report.longTermStability().samePlacementTwoYears()).isEqualTo(1);
        }

        @Test
        void givenATemporaryPlacementAndTheReturnFromIt_thenTheTwoYearsRunOnThroughThem() {
            MeasuresReport report = at(d, child("hospital").starts(inCareSince, placement(U6, PR4, "TQ1 3AB", "965"))
                    .moves(LocalDate.of(2023, 5, 1), placement(T1, null, "TQ2 7AA", null))
                    .returnsTo(LocalDate.of(2023, 5, 9), "P1", placement(U6, PR4, "TQ1 3AB", "965")));
            assertThat(report.longTermStability().samePlacementTwoYears()).isEqualTo(1);
        }

        @Test
        void givenAChildPlacedForAdoptionWithTheirFosterCarers_A3_thenTheFosterPlacementAndTheAdoptiveOneAreOnePlacement() {
            MeasuresReport report = at(d, child("adopted-by-carers").starts(inCareSince, placement(U6, PR4, "TQ1 3AB", "965"))
                    .sameCarer(LocalDate.of(2023, 9, 1), placement(org.placementledger.events.codes.PlacementType.A3, PR1, "TQ1 3AB", "0")));
            assertThat(report.longTermStability().samePlacementTwoYears()).isEqualTo(1);
        }

        @Test
        void givenAChildPlacedForAdoptionWithNewCarers_A4_thenOnlyThePlacementJustBeforeCountsWithIt() {
            MeasuresReport report = at(d,
                    // the foster placement before the adoptive one began 1 Jan 2022: the two together last over 2 years
                    child("two-together").starts(inCareSince, placement(U6, PR4, "TQ1 3AB", "965"))
                            .moves(LocalDate.of(2022, 1, 1), placement(U4, PR1, "TQ4 7EA", "402"))
                            .moves(LocalDate.of(2023, 9, 1), placement(A4, PR1, "TQ5 9BX", "0")),
                    // the placement just before began 1 May 2022: with the adoptive one, under 2 years; the earlier one is not chained
                    child("not-chained").starts(inCareSince, placement(U6, PR4, "TQ1 3AB", "965"))
                            .moves(LocalDate.of(2022, 5, 1), placement(U4, PR1, "TQ4 7EA", "402"))
                            .moves(LocalDate.of(2023, 9, 1), placement(A4, PR1, "TQ5 9BX", "0")));
            assertThat(report.longTermStability().eligible()).isEqualTo(2);
            assertThat(report.longTermStability().samePlacementTwoYears()).isEqualTo(1);
        }

        @Test
        void givenAMoveAwayAndBackToTheSameCarer_thenTheTwoYearsStartAgainOnTheReturn() {
            MeasuresReport report = at(d, child("away-and-back").starts(inCareSince, placement(U6, PR4, "TQ1 3AB", "965"))
                    .moves(LocalDate.of(2023, 1, 10), placement(K2, PR4, "EX4 3PL", "4725"))
                    .moves(LocalDate.of(2023, 3, 1), placement(U6, PR4, "TQ1 3AB", "965")));
            assertThat(report.longTermStability().eligible()).isEqualTo(1);
            assertThat(report.longTermStability().samePlacementTwoYears()).isZero();
        }

        @Test
        void givenCareThatCeasedAndBeganAgainWithTheSameCarer_thenTheChildIsNotContinuouslyLookedAfter() {
            MeasuresReport report = at(d, child("returned-to-care").starts(LocalDate.of(2020, 4, 1), placement(U6, PR4, "TQ1 3AB", "965"))
                    .ceases(LocalDate.of(2022, 6, 1), E4A)
                    .starts(LocalDate.of(2022, 6, 20), placement(U6, PR4, "TQ1 3AB", "965")));
            assertThat(report.inCare()).isEqualTo(1);
            assertThat(report.longTermStability().eligible()).isZero();
        }

        @Test
        void givenTheLines_thenTheyAreCalendarMonthsAndYears_countedToAndIncluding31March() {
            MeasuresReport report = at(d,
                    // 30 Sept 2021 to 31 March 2024 is 30 calendar months (912 days): eligible
                    child("thirty-months").starts(LocalDate.of(2021, 9, 30), placement(U6, PR4, "TQ1 3AB", "965"))
                            .moves(LocalDate.of(2022, 3, 31), placement(U4, PR1, "TQ4 7EA", "402")),
                    // with the same carer from 1 April 2022: 2 years less a day
                    child("a-day-short").starts(LocalDate.of(2021, 9, 30), placement(U6, PR4, "TQ1 3AB", "965"))
                            .moves(LocalDate.of(2022, 4, 1), placement(U4, PR1, "TQ4 7EA", "402")));
            assertThat(report.longTermStability().eligible()).isEqualTo(2);
            assertThat(report.longTermStability().samePlacementTwoYears()).isEqualTo(1);
        }
    }

    @Nested
    class DistanceFromHome {

        private final Geography grid = postcode -> Optional.ofNullable(Map.of(
                "TQ2 5QE", new GridReference(290_000, 65_000, "E06000027"),
                "TQ1 3AB", new GridReference(292_000, 65_000, "E06000027"),
                "EX4 3PL", new GridReference(290_000, 100_000, "E07000041")).get(postcode.value()));

        @Test
        void givenPlacementsNearFarAndUnknown_thenDistancesAreCountedMeanAndMedianTaken_andUnknownIsNeverZero() {
            Measures withGrid = new Measures(MeasuresConfig.defaults(), grid);
            List<CareTimeline> children = List.of(
                    child("near", LocalDate.of(2012, 5, 1)).starts(APRIL_1, placement(U6, PR4, "TQ1 3AB", "965")).timeline(),
                    child("far", LocalDate.of(2012, 5, 1)).starts(APRIL_1, placement(K2, PR4, "EX4 3PL", "4725")).timeline(),
                    child("unknown", LocalDate.of(2012, 5, 1)).starts(APRIL_1, placement(U6, PR4, "ZE2 9XX", "965")).timeline());
            MeasuresReport.Distance distance = withGrid.at(MARCH_31, children, null, null).distance();
            // 2 km = 1.2 miles; 35 km = 21.7 miles
            assertThat(distance.twentyOrLess()).isEqualTo(1);
            assertThat(distance.over20Miles()).isEqualTo(1);
            assertThat(distance.notKnown()).isEqualTo(1);
            assertThat(distance.percentOver20()).isEqualByComparingTo("50.0");
            assertThat(distance.meanMiles()).isEqualByComparingTo("11.5");
            assertThat(distance.medianMiles()).isEqualByComparingTo("11.5");
            assertThat(distance.outOfArea()).isEqualTo(1);
        }

        @Test
        void givenPlacementsBegunInTheYear_thenEachNewPlacementIsCountedByItsDistance_asDfEsLocationOfNewPlacements() {
            Measures withGrid = new Measures(MeasuresConfig.defaults(), grid);
            LocalDate may = LocalDate.of(2023, 5, 1);
            List<CareTimeline> children = List.of(
                    child("moved-twice", LocalDate.of(2012, 5, 1)).starts(LocalDate.of(2022, 5, 1), placement(U6, PR4, "TQ1 3AB", "965"))
                            .moves(LocalDate.of(2023, 6, 1), placement(K2, PR4, "EX4 3PL", "4725"))
                            .moves(LocalDate.of(2023, 9, 1), placement(U6, PR4, "TQ1 3AB", "965")).timeline(),
                    child("not-known", LocalDate.of(2012, 5, 1)).starts(LocalDate.of(2023, 7, 1), placement(U6, PR4, "ZE2 9XX", "965")).timeline(),
                    child("away-and-back", LocalDate.of(2012, 5, 1)).starts(may, placement(U6, PR4, "TQ1 3AB", "965"))
                            .moves(LocalDate.of(2023, 6, 1), placement(T1, null, "EX4 3PL", null))
                            .returnsTo(LocalDate.of(2023, 6, 5), "P1", placement(U6, PR4, "TQ1 3AB", "965")).timeline(),
                    child("short-breaks", LocalDate.of(2012, 5, 1)).starts(may, placement(K2, PR4, "EX4 3PL", "700"), LegalStatus.V3).timeline());

            MeasuresReport.NewPlacements placed = withGrid.at(MARCH_31, children, APRIL_1, MARCH_31).flows().newPlacements();

            // moved-twice: two moves in the year (the start in 2022 is not); away-and-back: its start only, not the
            // temporary placement nor the return from it; short breaks are in no headline figure
            assertThat(placed.placements()).isEqualTo(4);
            assertThat(placed.over20Miles()).as("the move to Exeter, 21.7 miles").isEqualTo(1);
            assertThat(placed.twentyOrLess()).isEqualTo(2);
            assertThat(placed.notKnown()).isEqualTo(1);
            assertThat(placed.percentOver20()).as("of all new placements, not known included, as DfE's").isEqualByComparingTo("25.0");
        }

        @Test
        void givenTheShippedSectorCentroids_thenTorquayToExeterIsAboutTwentyMiles_andAnUnknownSectorIsNotKnown() {
            PostcodeGrid sectors = PostcodeGrid.shippedSectors();
            GridReference torquay = sectors.locate(Postcode.of("TQ1 3AB")).orElseThrow();
            GridReference exeter = sectors.locate(Postcode.of("EX4 3PL")).orElseThrow();
            assertThat(torquay.localAuthority()).isEqualTo("E06000027");
            assertThat(torquay.milesTo(exeter)).isBetween(new BigDecimal("15.0"), new BigDecimal("25.0"));
            assertThat(sectors.locate(Postcode.of("ZZ9 9ZZ"))).isEmpty();
            assertThat(sectors.locate(Postcode.of("W11 2OA"))).as("not a real postcode").isEmpty();
        }
    }

    @Nested
    class Flows {

        @Test
        void givenAYearOfStartsMovesAndEndings_thenTheFlowsAreCountedByGroup() {
            List<CareTimeline> children = List.of(
                    child("came-and-went", LocalDate.of(2012, 5, 1)).starts(LocalDate.of(2023, 5, 1), placement(U6, PR4, "TQ1 3AB", "700"))
                            .ceases(LocalDate.of(2023, 8, 1), E4A).timeline(),
                    child("adopted", LocalDate.of(2020, 5, 1)).starts(LocalDate.of(2021, 5, 1), placement(U4, PR1, "TQ1 3AB", "402"))
                            .moves(LocalDate.of(2023, 6, 1), placement(A4, PR1, "TQ5 9BX", "0")).ceases(LocalDate.of(2024, 2, 1), E11).timeline(),
                    child("restless", LocalDate.of(2010, 5, 1)).starts(LocalDate.of(2022, 5, 1), placement(U6, PR4, "TQ1 3AB", "965"))
                            .moves(LocalDate.of(2023, 5, 1), placement(U4, PR1, "TQ4 7EA", "402"))
                            .moves(LocalDate.of(2023, 8, 1), placement(U6, PR4, "TQ1 3AB", "965"))
                            .moves(LocalDate.of(2023, 12, 1), placement(K2, PR4, "EX4 3PL", "4725")).timeline());
            MeasuresReport.Flows flows = measures.at(MARCH_31, children, APRIL_1, MARCH_31).flows();
            assertThat(flows.started()).isEqualTo(1);
            assertThat(flows.ceased()).isEqualTo(2);
            assertThat(flows.ceasedByReasonGroup()).isEqualTo(Map.of("Adopted", 1L, "Returned home", 1L));
            assertThat(flows.ceasedWithin12MonthsOfStarting()).isEqualTo(1);
            assertThat(flows.moves()).isEqualTo(4);
            assertThat(flows.childrenWithThreeOrMoreMoves()).isEqualTo(1);
            // weekly cost x days: 700x92 + 402x61 + 0x304 + 965x30 + 402x92 + 965x122 + 4725x122 = 849,036; / 7
            assertThat(flows.costIncurred()).isEqualByComparingTo("121290.86");
        }

        @Test
        void givenChildrenWhoseCareBeganBeforeTheRecords_thenTheDayTheRecordsBeginIsNoStartOfCare() {
            List<CareTimeline> children = List.of(
                    child("taken-in", LocalDate.of(2012, 5, 1)).knownFrom(LocalDate.of(2023, 5, 1), placement(U6, PR4, "TQ1 3AB", "700"))
                            .ceases(LocalDate.of(2023, 8, 1), E4A).timeline(),
                    child("new", LocalDate.of(2012, 5, 1)).starts(LocalDate.of(2023, 5, 1), placement(U6, PR4, "TQ1 3AB", "700"))
                            .ceases(LocalDate.of(2023, 8, 1), E4A).timeline());

            MeasuresReport.Flows flows = measures.at(MARCH_31, children, APRIL_1, MARCH_31).flows();

            assertThat(flows.started()).isEqualTo(1);
            assertThat(flows.ceased()).as("an ending is an ending").isEqualTo(2);
            assertThat(flows.ceasedWithin12MonthsOfStarting()).isEqualTo(1);
        }
    }

    @Test
    void givenAMoveRecordedLateButEffectiveEarlier_thenTheFiguresPlaceItOnItsOwnDate() {
        ChildRecord child = child("late", LocalDate.of(2012, 5, 1))
                .starts(LocalDate.of(2023, 6, 1), placement(U6, PR4, "TQ1 3AB", "965"))
                .status(LocalDate.of(2024, 1, 15), LegalStatus.E1)
                .moves(LocalDate.of(2023, 12, 1), placement(K2, PR4, "EX4 3PL", "4725"));
        assertThat(at(LocalDate.of(2023, 12, 31), child).byPlacementType()).isEqualTo(Map.of("K2", 1L));
        assertThat(at(LocalDate.of(2023, 11, 30), child).byPlacementType()).isEqualTo(Map.of("U6", 1L));
        assertThat(at(LocalDate.of(2024, 1, 31), child).byLegalStatus()).isEqualTo(Map.of("E1", 1L));
    }
}
