package org.placementledger.commandside.aggregate;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.placementledger.commandside.domain.ChangeLegalStatus;
import org.placementledger.events.LegalStatusChanged;
import org.placementledger.events.codes.LegalStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.placementledger.commandside.domain.Torbay.AMELIA;
import static org.placementledger.commandside.domain.Torbay.CARE_START;
import static org.placementledger.commandside.domain.Torbay.CHILDRENS_HOME;
import static org.placementledger.commandside.domain.Torbay.careStarted;
import static org.placementledger.commandside.domain.Torbay.moved;
import static org.placementledger.commandside.domain.Torbay.startCare;

/** What a recorder gets back: a receipt naming the stored event; or a conflict when another write came first. */
class ReceiptAndConflictScenariosTest {

    private static final ChangeLegalStatus PLACEMENT_ORDER = new ChangeLegalStatus(AMELIA, LocalDate.of(2025, 4, 2), LegalStatus.E1);

    private final FixtureConfiguration<ChildAggregate> fixture = ChildFixture.create();

    /** Remembers the one event the command published, so the receipt can be held against it. */
    private static final class Published extends CustomTypeSafeMatcher<List<EventMessage<?>>> {
        final AtomicReference<DomainEventMessage<?>> event = new AtomicReference<>();

        Published() {
            super("exactly one domain event");
        }

        @Override
        protected boolean matchesSafely(List<EventMessage<?>> events) {
            if (events.size() != 1 || !(events.get(0) instanceof DomainEventMessage<?> domainEvent)) return false;
            event.set(domainEvent);
            return true;
        }

        Matcher<CommandReceipt> receipt() {
            return new CustomTypeSafeMatcher<>("a receipt with the published event's id and sequence") {
                @Override
                protected boolean matchesSafely(CommandReceipt receipt) {
                    DomainEventMessage<?> published = event.get();
                    return published != null && receipt.eventId().equals(published.getIdentifier())
                            && receipt.sequence() == published.getSequenceNumber();
                }
            };
        }
    }

    @Test
    void givenANewChild_whenCareStarts_thenTheReceiptNamesTheStoredEvent_atSequenceZero() {
        Published published = new Published();
        fixture.givenNoPriorActivity()
                .when(startCare(CARE_START))
                .expectEventsMatching(published)
                .expectResultMessagePayloadMatching(published.receipt())
                .expectResultMessagePayloadMatching(new CustomTypeSafeMatcher<CommandReceipt>("sequence 0") {
                    @Override
                    protected boolean matchesSafely(CommandReceipt receipt) {
                        return receipt.sequence() == 0;
                    }
                });
    }

    @Test
    void givenAChildWithTwoEvents_whenTheirLegalStatusChanges_thenTheReceiptNamesTheStoredEvent_atSequenceTwo() {
        Published published = new Published();
        fixture.given(careStarted(), moved(LocalDate.of(2025, 3, 1), "P2", CHILDRENS_HOME))
                .when(PLACEMENT_ORDER)
                .expectEventsMatching(published)
                .expectResultMessagePayloadMatching(published.receipt())
                .expectResultMessagePayloadMatching(new CustomTypeSafeMatcher<CommandReceipt>("sequence 2") {
                    @Override
                    protected boolean matchesSafely(CommandReceipt receipt) {
                        return receipt.sequence() == 2;
                    }
                });
    }

    @Test
    void givenARecorderWhoLastSawSequenceZero_whenAnotherWriteCameFirst_thenTheirCommandIsAConflict_andNothingIsStored() {
        fixture.given(careStarted(), moved(LocalDate.of(2025, 3, 1), "P2", CHILDRENS_HOME))
                .when(PLACEMENT_ORDER, MetaData.with(ExpectedSequence.METADATA_KEY, 0L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void givenARecorderWhoLastSawSequenceZero_whenTheirCommandWouldAlsoBreakARule_thenTheyAreToldOfTheConflictFirst() {
        fixture.given(careStarted(), moved(LocalDate.of(2025, 3, 1), "P2", CHILDRENS_HOME))
                .when(startCare(LocalDate.of(2025, 4, 2)), MetaData.with(ExpectedSequence.METADATA_KEY, 0L))
                .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void givenARecorderWhoSawTheLatestSequence_thenTheirCommandIsRecorded() {
        fixture.given(careStarted(), moved(LocalDate.of(2025, 3, 1), "P2", CHILDRENS_HOME))
                .when(PLACEMENT_ORDER, MetaData.with(ExpectedSequence.METADATA_KEY, 1L))
                .expectEvents(new LegalStatusChanged(AMELIA, LocalDate.of(2025, 4, 2), LegalStatus.E1));
    }

    @Test
    void givenAnExpectedSequenceThatCameThroughJsonAsAnInteger_thenItIsReadAsTheSameNumber() {
        fixture.given(careStarted(), moved(LocalDate.of(2025, 3, 1), "P2", CHILDRENS_HOME))
                .when(PLACEMENT_ORDER, MetaData.with(ExpectedSequence.METADATA_KEY, 1))
                .expectSuccessfulHandlerExecution();
        fixture.given(careStarted(), moved(LocalDate.of(2025, 3, 1), "P2", CHILDRENS_HOME))
                .when(PLACEMENT_ORDER, MetaData.with(ExpectedSequence.METADATA_KEY, 0))
                .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void givenARecorderWhoExpectsASequenceNotYetWritten_thenTheirCommandIsAConflict() {
        fixture.given(careStarted())
                .when(PLACEMENT_ORDER, MetaData.with(ExpectedSequence.METADATA_KEY, 4L))
                .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void givenAnExpectedSequenceThatIsNotAWholeNumber_thenTheCommandIsRejectedAsMalformed() {
        fixture.given(careStarted())
                .when(PLACEMENT_ORDER, MetaData.with(ExpectedSequence.METADATA_KEY, "latest"))
                .expectException(IllegalArgumentException.class);
    }
}
