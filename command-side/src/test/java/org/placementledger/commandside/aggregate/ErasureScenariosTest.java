package org.placementledger.commandside.aggregate;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.placementledger.commandside.domain.ErasePersonalData;
import org.placementledger.events.PersonalDataErased;

import java.time.LocalDate;

import static org.placementledger.commandside.domain.Torbay.AMELIA;
import static org.placementledger.commandside.domain.Torbay.careStarted;

/** The erasure of a child's personal data is part of the child's history, once. */
class ErasureScenariosTest {

    private final FixtureConfiguration<ChildAggregate> fixture = ChildFixture.create();
    private final LocalDate today = LocalDate.now(org.placementledger.commandside.domain.Torbay.CLOCK);

    @Test
    void an_erasure_of_a_recorded_child_is_recorded_in_its_history_on_the_day() {
        fixture.given(careStarted())
                .when(new ErasePersonalData(AMELIA, PersonalDataErased.Basis.REQUEST))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PersonalDataErased(AMELIA, today, PersonalDataErased.Basis.REQUEST));
    }

    @Test
    void asking_again_records_nothing_more() {
        fixture.given(careStarted(), new PersonalDataErased(AMELIA, today, PersonalDataErased.Basis.RETENTION))
                .when(new ErasePersonalData(AMELIA, PersonalDataErased.Basis.RETENTION))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_child_never_recorded_has_nothing_to_erase_and_no_record_is_made() {
        fixture.givenNoPriorActivity()
                .when(new ErasePersonalData(AMELIA, PersonalDataErased.Basis.REQUEST))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }
}
