package org.placementledger.commandside.aggregate;

import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.placementledger.commandside.domain.CeaseCare;
import org.placementledger.commandside.domain.ChangeHomePostcode;
import org.placementledger.commandside.domain.ChangeLegalStatus;
import org.placementledger.commandside.domain.ChangePlacementCost;
import org.placementledger.commandside.domain.CorrectEvent;
import org.placementledger.commandside.domain.NewPlacement;
import org.placementledger.commandside.domain.RecordLimits;
import org.placementledger.commandside.domain.RetractEvent;
import org.placementledger.commandside.domain.Rule;
import org.placementledger.commandside.domain.StartCare;
import org.placementledger.commandside.http.RecordingMetadata;
import org.placementledger.events.CareCeased;
import org.placementledger.events.CareStarted;
import org.placementledger.events.HomePostcodeChanged;
import org.placementledger.events.LegalStatusChanged;
import org.placementledger.events.Money;
import org.placementledger.events.PlacementCostChanged;
import org.placementledger.events.Postcode;
import org.placementledger.events.codes.CategoryOfNeed;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.codes.PlacementProvider;
import org.placementledger.events.codes.PlacementType;
import org.placementledger.events.codes.ReasonEpisodeCeased;
import org.placementledger.events.codes.Sex;

import java.time.LocalDate;

import static org.placementledger.commandside.aggregate.RuleBrokenMatcher.refusedBy;
import static org.placementledger.commandside.domain.Torbay.AGENCY_FOSTER;
import static org.placementledger.commandside.domain.Torbay.AMELIA;
import static org.placementledger.commandside.domain.Torbay.BORN;
import static org.placementledger.commandside.domain.Torbay.CARE_START;
import static org.placementledger.commandside.domain.Torbay.CHILDRENS_HOME;
import static org.placementledger.commandside.domain.Torbay.CLOCK;
import static org.placementledger.commandside.domain.Torbay.HOLIDAY;
import static org.placementledger.commandside.domain.Torbay.HOSPITAL;
import static org.placementledger.commandside.domain.Torbay.TODAY;
import static org.placementledger.commandside.domain.Torbay.careStarted;
import static org.placementledger.commandside.domain.Torbay.move;
import static org.placementledger.commandside.domain.Torbay.moved;
import static org.placementledger.commandside.domain.Torbay.placed;
import static org.placementledger.commandside.domain.Torbay.startCare;
import static org.placementledger.commandside.domain.Torbay.wentHome;

/** Every rule of the record, through the Axon aggregate: a scenario where it lets the record in and one where it refuses. */
class ChildAggregateScenariosTest {

    private FixtureConfiguration<ChildAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ChildAggregate.class);
        fixture.registerCommandTargetResolver(new ChildCommandTargetResolver());
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(RecordLimits.DEFAULT);
    }

    private static NewPlacement costing(NewPlacement p, String weekly) {
        return new NewPlacement(p.id(), p.type(), p.provider(), p.urn(), p.postcode(), Money.of(weekly), p.parentAndChild());
    }

    private static NewPlacement ofType(NewPlacement p, PlacementType type) {
        return new NewPlacement(p.id(), type, p.provider(), p.urn(), p.postcode(), p.weeklyCost(), p.parentAndChild());
    }

    @Nested
    class StartingCare {

        @Test
        void givenAChildNeverInCare_whenCareStarts_thenTheFirstPlacementIsP1_andTheReceiptNamesSequenceZero() {
            fixture.givenNoPriorActivity()
                    .when(startCare(CARE_START))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new CareStarted(AMELIA, CARE_START, BORN, Sex.F, Postcode.of("TQ2 5QE"), LegalStatus.C2,
                            CategoryOfNeed.N1, placed("P1", AGENCY_FOSTER)))
                    .expectResultMessagePayloadMatching(new org.hamcrest.CustomTypeSafeMatcher<CommandReceipt>("a receipt for sequence 0 with an event id") {
                        @Override
                        protected boolean matchesSafely(CommandReceipt receipt) {
                            return receipt.sequence() == 0 && receipt.eventId() != null && !receipt.eventId().isBlank();
                        }
                    });
        }

        @Test
        void givenAChildInCare_whenCareStartsAgain_thenRefused() {
            fixture.given(careStarted())
                    .when(startCare(TODAY))
                    .expectException(refusedBy(Rule.ALREADY_IN_CARE))
                    .expectNoEvents();
        }

        @Test
        void givenAChildWhoWentHome_whenTheyComeBackIntoCare_thenANewPeriodStarts_withANewPlacementId() {
            fixture.given(careStarted(), wentHome(LocalDate.of(2025, 3, 20)))
                    .when(startCare(LocalDate.of(2025, 5, 1)))
                    .expectEvents(new CareStarted(AMELIA, LocalDate.of(2025, 5, 1), BORN, Sex.F, Postcode.of("TQ2 5QE"),
                            LegalStatus.C2, CategoryOfNeed.N1, placed("P2", AGENCY_FOSTER)));
        }

        @Test
        void givenAChildWhoWentHome_whenCareStartsBeforeTheyLeft_thenRefused() {
            fixture.given(careStarted(), wentHome(LocalDate.of(2025, 3, 20)))
                    .when(startCare(LocalDate.of(2025, 3, 1)))
                    .expectException(refusedBy(Rule.ALREADY_IN_CARE));
        }

        @Test
        void givenADateOfBirth_whenCareStartsTheDayBefore_thenRefused_andOnTheBirthdayAccepted() {
            StartCare beforeBirth = new StartCare(AMELIA, LocalDate.of(2025, 3, 9), LocalDate.of(2025, 3, 10), Sex.M,
                    Postcode.of("TQ2 5QE"), LegalStatus.L2, CategoryOfNeed.N1, AGENCY_FOSTER);
            fixture.givenNoPriorActivity().when(beforeBirth).expectException(refusedBy(Rule.CARE_BEFORE_BIRTH));

            StartCare atBirth = new StartCare(AMELIA, LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 10), Sex.M,
                    Postcode.of("TQ2 5QE"), LegalStatus.L2, CategoryOfNeed.N1, AGENCY_FOSTER);
            fixture.givenNoPriorActivity().when(atBirth).expectSuccessfulHandlerExecution();
        }
    }

    @Nested
    class Dates {

        @Test
        void givenAChildInCare_whenAMoveIsDatedTomorrow_thenRefused() {
            fixture.given(careStarted())
                    .when(move(TODAY.plusDays(1), CHILDRENS_HOME))
                    .expectException(refusedBy(Rule.DATE_IN_FUTURE));
        }

        @Test
        void givenAChildInCare_whenAMoveIsDatedToday_thenTheMoveIsRecordedAsP2() {
            fixture.given(careStarted())
                    .when(move(TODAY, CHILDRENS_HOME))
                    .expectEvents(moved(TODAY, "P2", CHILDRENS_HOME));
        }

        @Test
        void givenAChildMovedOn1March_whenAMoveDated1FebruaryIsRecorded_thenRefused() {
            fixture.given(careStarted(), moved(LocalDate.of(2025, 3, 1), "P2", CHILDRENS_HOME))
                    .when(move(LocalDate.of(2025, 2, 1), AGENCY_FOSTER))
                    .expectException(refusedBy(Rule.MOVE_BEFORE_CURRENT_PLACEMENT));
        }

        @Test
        void givenAChildMovedOn1March_whenAnotherMoveIsDatedTheSameDay_thenAccepted() {
            fixture.given(careStarted(), moved(LocalDate.of(2025, 3, 1), "P2", CHILDRENS_HOME))
                    .when(move(LocalDate.of(2025, 3, 1), AGENCY_FOSTER))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void givenAChildMovedOn1March_whenCareCeasesInFebruary_thenRefused_andOn1MarchAccepted() {
            fixture.given(careStarted(), moved(LocalDate.of(2025, 3, 1), "P2", CHILDRENS_HOME))
                    .when(new CeaseCare(AMELIA, LocalDate.of(2025, 2, 20), ReasonEpisodeCeased.E4A))
                    .expectException(refusedBy(Rule.CEASE_BEFORE_LAST_MOVE));
            fixture.given(careStarted(), moved(LocalDate.of(2025, 3, 1), "P2", CHILDRENS_HOME))
                    .when(new CeaseCare(AMELIA, LocalDate.of(2025, 3, 1), ReasonEpisodeCeased.E4A))
                    .expectEvents(new CareCeased(AMELIA, LocalDate.of(2025, 3, 1), ReasonEpisodeCeased.E4A));
        }
    }

    @Nested
    class InCareOnly {

        @Test
        void givenAChildNeverInCare_whenMoved_thenRefused() {
            fixture.givenNoPriorActivity()
                    .when(move(TODAY, CHILDRENS_HOME))
                    .expectException(refusedBy(Rule.NOT_IN_CARE))
                    .expectNoEvents();
        }

        @Test
        void givenAChildWhoWentHome_whenTheirLegalStatusChangesAfter_thenRefused() {
            fixture.given(careStarted(), wentHome(LocalDate.of(2025, 3, 20)))
                    .when(new ChangeLegalStatus(AMELIA, LocalDate.of(2025, 4, 2), LegalStatus.E1))
                    .expectException(refusedBy(Rule.NOT_IN_CARE));
        }

        @Test
        void givenAChildWhoWentHome_whenALegalStatusChangeWhileTheyWereInCareIsRecordedLate_thenAccepted() {
            fixture.given(careStarted(), wentHome(LocalDate.of(2025, 3, 20)))
                    .when(new ChangeLegalStatus(AMELIA, LocalDate.of(2025, 2, 2), LegalStatus.E1))
                    .expectEvents(new LegalStatusChanged(AMELIA, LocalDate.of(2025, 2, 2), LegalStatus.E1));
        }

        @Test
        void givenAChildInCare_whenTheirFamilyMoves_thenTheHomePostcodeChanges() {
            fixture.given(careStarted())
                    .when(new ChangeHomePostcode(AMELIA, LocalDate.of(2025, 4, 2), Postcode.of("tq4 7ea")))
                    .expectEvents(new HomePostcodeChanged(AMELIA, LocalDate.of(2025, 4, 2), Postcode.of("TQ4 7EA")));
        }
    }

    @Nested
    class Costs {

        @Test
        void givenAChildInFostering_whenTheCarerGetsAnUplift_thenTheCostChangesFromThatDate() {
            fixture.given(careStarted())
                    .when(new ChangePlacementCost(AMELIA, "P1", LocalDate.of(2025, 4, 1), Money.of("1010.00")))
                    .expectEvents(new PlacementCostChanged(AMELIA, LocalDate.of(2025, 4, 1), "P1", Money.of("1010.00")));
        }

        @Test
        void givenAChildWhoLeftTheirFosterPlacement_whenAnUpliftIsBackdatedToWhileTheyWereThere_thenAccepted() {
            fixture.given(careStarted(), moved(LocalDate.of(2025, 3, 1), "P2", CHILDRENS_HOME))
                    .when(new ChangePlacementCost(AMELIA, "P1", LocalDate.of(2025, 2, 1), Money.of("1010.00")))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void givenAChildWhoLeftTheirFosterPlacement_whenAnUpliftIsDatedAfterTheyLeft_thenRefused() {
            fixture.given(careStarted(), moved(LocalDate.of(2025, 3, 1), "P2", CHILDRENS_HOME))
                    .when(new ChangePlacementCost(AMELIA, "P1", LocalDate.of(2025, 3, 1), Money.of("1010.00")))
                    .expectException(refusedBy(Rule.COST_OUTSIDE_PLACEMENT));
        }

        @Test
        void givenAChildInCare_whenACostNamesAPlacementTheyNeverHad_thenRefused() {
            fixture.given(careStarted())
                    .when(new ChangePlacementCost(AMELIA, "P7", LocalDate.of(2025, 4, 1), Money.of("1010.00")))
                    .expectException(refusedBy(Rule.COST_OUTSIDE_PLACEMENT));
        }

        @Test
        void givenAChildInCare_whenACostIsNegative_orAtTheCeiling_thenRefused_andADearResidentialCostIsAccepted() {
            fixture.given(careStarted())
                    .when(new ChangePlacementCost(AMELIA, "P1", LocalDate.of(2025, 4, 1), Money.of("-5.00")))
                    .expectException(refusedBy(Rule.COST_OUT_OF_RANGE));
            fixture.given(careStarted())
                    .when(move(LocalDate.of(2025, 4, 1), costing(CHILDRENS_HOME, "25000.00")))
                    .expectException(refusedBy(Rule.COST_OUT_OF_RANGE));
            fixture.given(careStarted())
                    .when(move(LocalDate.of(2025, 4, 1), costing(CHILDRENS_HOME, "7450.00")))
                    .expectSuccessfulHandlerExecution();
        }
    }

    @Nested
    class Codes {

        @Test
        void givenOfstedSupportedAccommodation_whenUsedBeforeApril2024_thenRefused_andFromAprilAccepted() {
            NewPlacement supported = new NewPlacement(null, PlacementType.K3, PlacementProvider.PR4, "2644111",
                    Postcode.of("TQ1 1HE"), Money.of("1800.00"), false);
            StartCare in2023 = new StartCare(AMELIA, LocalDate.of(2024, 3, 28), LocalDate.of(2007, 5, 1), Sex.MALE_1,
                    Postcode.of("TQ2 5QE"), LegalStatus.V2, CategoryOfNeed.N4, supported);
            fixture.givenNoPriorActivity().when(in2023).expectException(refusedBy(Rule.CODE_NOT_VALID_FOR_YEAR));

            StartCare in2024 = new StartCare(AMELIA, LocalDate.of(2024, 4, 2), LocalDate.of(2007, 5, 1), Sex.M,
                    Postcode.of("TQ2 5QE"), LegalStatus.V2, CategoryOfNeed.N4, supported);
            fixture.givenNoPriorActivity().when(in2024).expectSuccessfulHandlerExecution();
        }

        @Test
        void givenTheOtherPlacementCodeZ1_whenUsedAfterItWasRetiredIn2025_thenRefused() {
            fixture.given(careStarted())
                    .when(move(LocalDate.of(2025, 4, 1), ofType(CHILDRENS_HOME, PlacementType.Z1)))
                    .expectException(refusedBy(Rule.CODE_NOT_VALID_FOR_YEAR));
        }

        @Test
        void givenSexCodedTheOldWay_whenCareStartsIn2025_thenRefused() {
            StartCare oldCoding = new StartCare(AMELIA, CARE_START, BORN, Sex.FEMALE_2, Postcode.of("TQ2 5QE"),
                    LegalStatus.C2, CategoryOfNeed.N1, AGENCY_FOSTER);
            fixture.givenNoPriorActivity().when(oldCoding).expectException(refusedBy(Rule.CODE_NOT_VALID_FOR_YEAR));
        }

        @Test
        void givenAPlacementPostcodeThatCannotExist_thenRefused() {
            NewPlacement nowhere = new NewPlacement(null, PlacementType.U4, PlacementProvider.PR1, null,
                    Postcode.of("W11 2OA"), Money.of("402.00"), false);
            fixture.given(careStarted())
                    .when(move(LocalDate.of(2025, 4, 1), nowhere))
                    .expectException(refusedBy(Rule.POSTCODE_MALFORMED));
        }

        @Test
        void givenCareEndingWithX1_thenRefused_becauseX1ContinuesCare() {
            fixture.given(careStarted())
                    .when(new CeaseCare(AMELIA, LocalDate.of(2025, 4, 1), ReasonEpisodeCeased.X1))
                    .expectException(refusedBy(Rule.CEASE_REASON_CONTINUES_CARE));
        }
    }

    @Nested
    class TemporaryPlacements {

        @Test
        void givenAChildInFostering_whenTheyGoIntoHospital_thenTheTemporaryPlacementHasNoProvider() {
            fixture.given(careStarted())
                    .when(move(LocalDate.of(2025, 4, 1), HOSPITAL))
                    .expectEvents(moved(LocalDate.of(2025, 4, 1), "P2", HOSPITAL));
        }

        @Test
        void givenATemporaryPlacementWithAProvider_orAFosterPlacementWithout_thenRefused() {
            NewPlacement hospitalWithProvider = new NewPlacement(null, PlacementType.T1, PlacementProvider.PR3, null,
                    Postcode.of("TQ2 7AA"), null, false);
            fixture.given(careStarted()).when(move(LocalDate.of(2025, 4, 1), hospitalWithProvider))
                    .expectException(refusedBy(Rule.PROVIDER_FOR_TEMPORARY));
            NewPlacement fosterWithoutProvider = new NewPlacement(null, PlacementType.U4, null, null,
                    Postcode.of("TQ1 3AB"), Money.of("402.00"), false);
            fixture.given(careStarted()).when(move(LocalDate.of(2025, 4, 1), fosterWithoutProvider))
                    .expectException(refusedBy(Rule.PROVIDER_FOR_TEMPORARY));
        }

        @Test
        void givenAChildInHospital_whenTheyReturnToTheirFosterCarer_thenTheReturnKeepsTheFosterPlacementsId() {
            fixture.given(careStarted(), moved(LocalDate.of(2025, 4, 1), "P2", HOSPITAL))
                    .when(move(LocalDate.of(2025, 4, 5), AGENCY_FOSTER))
                    .expectEvents(moved(LocalDate.of(2025, 4, 5), "P1", AGENCY_FOSTER));
        }

        @Test
        void givenAChildInHospital_whenTheyMoveOnToAChildrensHome_thenThatIsANewPlacement() {
            fixture.given(careStarted(), moved(LocalDate.of(2025, 4, 1), "P2", HOSPITAL))
                    .when(move(LocalDate.of(2025, 4, 5), CHILDRENS_HOME))
                    .expectEvents(moved(LocalDate.of(2025, 4, 5), "P3", CHILDRENS_HOME));
        }

        @Test
        void givenAChildInHospital_whenTheyGoStraightOnHoliday_thenRefused() {
            fixture.given(careStarted(), moved(LocalDate.of(2025, 4, 1), "P2", HOSPITAL))
                    .when(move(LocalDate.of(2025, 4, 5), HOLIDAY))
                    .expectException(refusedBy(Rule.TEMPORARY_MUST_RETURN_OR_MOVE_ON));
        }
    }

    @Nested
    class PlacementIds {

        @Test
        void givenARecorderNamesAPlacementIdTheChildAlreadyHad_thenRefused_andANewNameIsAccepted() {
            NewPlacement reused = new NewPlacement("P1", PlacementType.K2, PlacementProvider.PR4, "SC041255",
                    Postcode.of("EX4 3PL"), Money.of("4725.00"), false);
            fixture.given(careStarted()).when(move(LocalDate.of(2025, 4, 1), reused))
                    .expectException(refusedBy(Rule.DUPLICATE_PLACEMENT_ID));
            NewPlacement named = new NewPlacement("HOME-EX4", PlacementType.K2, PlacementProvider.PR4, "SC041255",
                    Postcode.of("EX4 3PL"), Money.of("4725.00"), false);
            fixture.given(careStarted()).when(move(LocalDate.of(2025, 4, 1), named))
                    .expectEvents(moved(LocalDate.of(2025, 4, 1), "HOME-EX4", CHILDRENS_HOME));
        }
    }

    @Nested
    class CorrectionsAndConflicts {

        @Test
        void givenAChildInCare_whenACorrectionNamesAnEventTheRecordDoesNotHold_thenRefused() {
            fixture.given(careStarted())
                    .when(new CorrectEvent(AMELIA, "no-such-event", careStarted(), "date of birth was wrong"))
                    .expectException(refusedBy(Rule.UNKNOWN_EVENT));
            fixture.given(careStarted())
                    .when(new RetractEvent(AMELIA, "no-such-event", "recorded against the wrong child"))
                    .expectException(refusedBy(Rule.UNKNOWN_EVENT));
        }

        @Test
        void givenARecorderWhoLastSawSequenceZero_whenAnotherWriteCameFirst_thenTheirCommandIsAConflict() {
            fixture.given(careStarted(), moved(LocalDate.of(2025, 3, 1), "P2", CHILDRENS_HOME))
                    .when(new ChangeLegalStatus(AMELIA, LocalDate.of(2025, 4, 2), LegalStatus.E1),
                            MetaData.with(RecordingMetadata.EXPECTED_SEQUENCE, 0L))
                    .expectException(ConflictingAggregateVersionException.class)
                    .expectNoEvents();
        }

        @Test
        void givenARecorderWhoSawTheLatestSequence_thenTheirCommandIsRecorded() {
            fixture.given(careStarted(), moved(LocalDate.of(2025, 3, 1), "P2", CHILDRENS_HOME))
                    .when(new ChangeLegalStatus(AMELIA, LocalDate.of(2025, 4, 2), LegalStatus.E1),
                            MetaData.with(RecordingMetadata.EXPECTED_SEQUENCE, 1L))
                    .expectEvents(new LegalStatusChanged(AMELIA, LocalDate.of(2025, 4, 2), LegalStatus.E1));
        }
    }
}
