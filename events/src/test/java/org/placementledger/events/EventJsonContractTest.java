package org.placementledger.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.placementledger.events.json.LedgerJson;

import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The serialised form of every event is a contract with the event store and every consumer of the
 * placement-events topic: stored events are never rewritten. A change here must come with a new revision
 * and an upcaster, so each form is pinned character for character.
 */
class EventJsonContractTest {

    private static final ObjectMapper JSON = LedgerJson.mapper();

    static Stream<Arguments> pinnedForms() {
        return Stream.of(
                Arguments.of(Children.CARE_STARTED, """
                        {"@type":"CareStarted","childId":"TQ-1001","effectiveDate":"2024-01-15","dateOfBirth":"2014-06-02","sex":"F","homePostcode":"TQ2 5QE","legalStatus":"C2","categoryOfNeed":"N1","placement":{"id":"P1","type":"U6","provider":"PR4","urn":"SC484322","postcode":"TQ1 3AB","weeklyCost":965.00,"parentAndChild":false}}"""),
                Arguments.of(Children.CARE_STARTED_PART_WAY, """
                        {"@type":"CareStarted","childId":"TQ-1001","effectiveDate":"2024-01-15","dateOfBirth":"2014-06-02","sex":"F","homePostcode":"TQ2 5QE","legalStatus":"C2","categoryOfNeed":"N1","placement":{"id":"P1","type":"U6","provider":"PR4","urn":"SC484322","postcode":"TQ1 3AB","weeklyCost":965.00,"parentAndChild":false},"openingEpisode":"P"}"""),
                Arguments.of(Children.ADOPTION_DETAILS, """
                        {"@type":"ReturnRowsRecorded","childId":"TQ-1001","effectiveDate":"2025-03-31","file":"AD1","rows":"01/06/2024,01/09/2024,1,2,MF,L0\\n"}"""),
                Arguments.of(Children.DETAILS, """
                        {"@type":"ChildDetailsRecorded","childId":"TQ-1001","effectiveDate":"2025-03-31","ethnicity":"WBRI","upn":"A123456789012","mother":"0","motherChildDateOfBirth":null}"""),
                Arguments.of(Children.MOVED, """
                        {"@type":"PlacementChanged","childId":"TQ-1001","effectiveDate":"2024-09-01","placement":{"id":"P2","type":"K2","provider":"PR4","urn":"SC041255","postcode":"EX4 3PL","weeklyCost":4725.00,"parentAndChild":false},"reason":"CREQB","carerChanged":true}"""),
                Arguments.of(Children.COST_RAISED, """
                        {"@type":"PlacementCostChanged","childId":"TQ-1001","effectiveDate":"2024-10-01","placementId":"P2","weeklyCost":5100.00}"""),
                Arguments.of(Children.PLACEMENT_ORDER, """
                        {"@type":"LegalStatusChanged","childId":"TQ-1001","effectiveDate":"2024-11-04","legalStatus":"E1"}"""),
                Arguments.of(Children.FAMILY_MOVED, """
                        {"@type":"HomePostcodeChanged","childId":"TQ-1001","effectiveDate":"2024-12-02","homePostcode":"TQ4 7EA"}"""),
                Arguments.of(Children.WENT_HOME, """
                        {"@type":"CareCeased","childId":"TQ-1001","effectiveDate":"2025-03-20","reason":"E4A"}"""),
                Arguments.of(Children.MOVE_DATE_CORRECTED, """
                        {"@type":"EventCorrected","childId":"TQ-1001","correctedEventId":"5f0c6a4e-1d7e-4f25-9a3e-0c1d2b3a4f50","correction":{"@type":"PlacementChanged","childId":"TQ-1001","effectiveDate":"2024-08-28","placement":{"id":"P2","type":"K2","provider":"PR4","urn":"SC041255","postcode":"EX4 3PL","weeklyCost":4725.00,"parentAndChild":false},"reason":"CREQB","carerChanged":true},"reason":"move date taken from the placement plan, not the referral"}"""),
                Arguments.of(Children.COST_RETRACTED, """
                        {"@type":"EventRetracted","childId":"TQ-1001","effectiveDate":"2024-10-01","retractedEventId":"9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d","reason":"uplift was never agreed"}"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pinnedForms")
    void givenAnEvent_whenSerialised_thenItsJsonIsExactlyThePinnedForm_andReadsBackEqual(ChildEvent event, String pinned) throws Exception {
        assertThat(JSON.writeValueAsString(event)).isEqualTo(pinned.strip());
        assertThat(JSON.readValue(pinned, ChildEvent.class)).isEqualTo(event);
        assertThat(JSON.readValue(pinned, event.getClass())).isEqualTo(event);
    }

    @Test
    void givenACareStartRecordedWhenSexWasCoded2_whenRead_thenItIsTheSameEventAsOneCodedF() throws Exception {
        String recordedBefore = """
                {"@type":"CareStarted","childId":"TQ-1001","effectiveDate":"2024-01-15","dateOfBirth":"2014-06-02","sex":"2","homePostcode":"TQ2 5QE","legalStatus":"C2","categoryOfNeed":"N1","placement":{"id":"P1","type":"U6","provider":"PR4","urn":"SC484322","postcode":"TQ1 3AB","weeklyCost":965.00,"parentAndChild":false}}""";
        assertThat(JSON.readValue(recordedBefore, ChildEvent.class)).isEqualTo(Children.CARE_STARTED);
    }

    @Test
    void givenAnEventOnTheTopic_whenSerialised_thenTheEnvelopeIsPinnedToo() throws Exception {
        RecordedEvent recorded = new RecordedEvent("5f0c6a4e-1d7e-4f25-9a3e-0c1d2b3a4f50", "TQ-1001", 3,
                Instant.parse("2024-09-02T08:15:30.120Z"), "j.smith", "1", Children.PLACEMENT_ORDER);
        String pinned = """
                {"eventId":"5f0c6a4e-1d7e-4f25-9a3e-0c1d2b3a4f50","childId":"TQ-1001","sequence":3,"recordedAt":"2024-09-02T08:15:30.120Z","recordedBy":"j.smith","revision":"1","event":{"@type":"LegalStatusChanged","childId":"TQ-1001","effectiveDate":"2024-11-04","legalStatus":"E1"}}""";
        assertThat(JSON.writeValueAsString(recorded)).isEqualTo(pinned.strip());
        assertThat(JSON.readValue(pinned, RecordedEvent.class)).isEqualTo(recorded);
    }

    @Test
    void everyEventTypeCarriesARevision() {
        Stream.concat(Arrays.stream(ChildEvent.class.getPermittedSubclasses()), Arrays.stream(CareFact.class.getPermittedSubclasses()))
                .filter(Class::isRecord)
                .forEach(type -> assertThat(type.getAnnotation(EventRevision.class)).as(type.getSimpleName()).isNotNull());
        assertThat(CareFact.class.getPermittedSubclasses()).hasSize(8);
    }

    @Test
    void givenAnOlderReader_whenAFieldItDoesNotKnowArrives_thenItStillReadsTheEvent() throws Exception {
        String withExtra = """
                {"@type":"CareCeased","childId":"TQ-1001","effectiveDate":"2025-03-20","reason":"E4A","addedLater":"x"}""";
        assertThat(JSON.readValue(withExtra, ChildEvent.class)).isEqualTo(Children.WENT_HOME);
    }
}
