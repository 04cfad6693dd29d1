package org.placementledger.events.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.placementledger.events.CareStarted;
import org.placementledger.events.ChildDetailsRecorded;
import org.placementledger.events.ChildEvent;
import org.placementledger.events.EventCorrected;
import org.placementledger.events.HomePostcodeChanged;
import org.placementledger.events.Placement;
import org.placementledger.events.Postcode;
import org.placementledger.events.RecordedEvent;
import org.placementledger.events.codes.CategoryOfNeed;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.codes.PlacementProvider;
import org.placementledger.events.codes.PlacementType;
import org.placementledger.events.codes.Sex;
import org.placementledger.events.json.LedgerJson;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataSealTest {

    private static final ObjectMapper JSON = LedgerJson.mapper();
    private static final String CHILD = "TQ-1001";
    private static final Placement FOSTER = new Placement("P1", PlacementType.U6, PlacementProvider.PR4, "SC484322",
            Postcode.of("TQ13 9XA"), org.placementledger.events.Money.of("965.00"), false);
    private static final CareStarted STARTED = new CareStarted(CHILD, LocalDate.of(2024, 1, 15), LocalDate.of(2014, 6, 23),
            Sex.F, Postcode.of("TQ2 5QE"), LegalStatus.C2, CategoryOfNeed.N1, FOSTER);
    private static final ChildDetailsRecorded DETAILS = new ChildDetailsRecorded(CHILD, LocalDate.of(2025, 3, 31), "WBRI", "A123456789012", "0", null);

    private final HeldKeys keys = new HeldKeys();
    private final PersonalDataSeal seal = new PersonalDataSeal(keys);

    @Test
    void a_stored_start_of_care_holds_no_date_of_birth_or_postcode_in_clear_and_reads_back_whole() throws Exception {
        String stored = new String(seal.write(STARTED), StandardCharsets.UTF_8);

        assertThat(stored).doesNotContain("2014-06-23", "TQ2 5QE", "TQ13 9XA")
                .contains("\"sealedFor\":\"TQ-1001\"", "U6", "PR4", "965.00", "2024-01-15");
        assertThat(seal.read(stored.getBytes(StandardCharsets.UTF_8), ChildEvent.class)).isEqualTo(STARTED);
    }

    @Test
    void a_sealed_date_postcode_or_text_holds_the_same_json_the_ledgers_mapper_writes_for_it() throws Exception {
        for (Object value : List.of(LocalDate.of(2014, 6, 23), LocalDate.of(-1, 1, 1), Postcode.of("tq2 5qe"), "O'Brien \"Jo\" \u00e9\n")) {
            assertThat(new String(PersonalDataSeal.json(value), StandardCharsets.UTF_8)).as("%s", value)
                    .isEqualTo(JSON.writeValueAsString(value));
        }
    }

    @Test
    void sealing_the_same_fact_twice_gives_different_text_so_equal_values_cannot_be_matched_across_children() {
        assertThat(new String(seal.write(STARTED), StandardCharsets.UTF_8)).isNotEqualTo(new String(seal.write(STARTED), StandardCharsets.UTF_8));
    }

    @Test
    void once_the_key_is_gone_postcodes_read_as_their_sector_the_birth_as_its_month_and_the_details_as_nothing() throws Exception {
        byte[] start = seal.write(STARTED);
        byte[] details = seal.write(DETAILS);
        keys.erase(CHILD);

        CareStarted erased = (CareStarted) seal.read(start, ChildEvent.class);
        assertThat(erased.dateOfBirth()).isEqualTo(LocalDate.of(2014, 6, 1));
        assertThat(erased.homePostcode().value()).isEqualTo("TQ2 5");
        assertThat(erased.placement().postcode().value()).isEqualTo("TQ13 9");
        assertThat(erased.placement().postcode().sector()).isEqualTo("TQ13 9");
        assertThat(erased.placement().weeklyCost()).isEqualTo(FOSTER.weeklyCost());
        assertThat(erased.effectiveDate()).isEqualTo(STARTED.effectiveDate());
        ChildDetailsRecorded gone = (ChildDetailsRecorded) seal.read(details, ChildEvent.class);
        assertThat(gone.upn()).isNull();
        assertThat(gone.ethnicity()).isNull();
        assertThat(gone.mother()).isNull();
    }

    @Test
    void an_event_written_again_after_erasure_keeps_only_the_kept_forms_and_makes_no_new_key() throws Exception {
        keys.erase(CHILD);
        String stored = new String(seal.write(STARTED), StandardCharsets.UTF_8);

        assertThat(stored).doesNotContain("2014-06-23", "TQ2 5QE", "sealedFor").contains("2014-06-01", "TQ2 5");
        assertThat(keys.openingKey(CHILD)).isEmpty();
    }

    @Test
    void an_erased_event_read_and_written_again_keeps_its_kept_forms() throws Exception {
        byte[] start = seal.write(STARTED);
        keys.erase(CHILD);
        CareStarted erased = (CareStarted) seal.read(start, ChildEvent.class);

        CareStarted again = (CareStarted) seal.read(seal.write(erased), ChildEvent.class);

        assertThat(again).isEqualTo(erased);
        assertThat(again.homePostcode().value()).isEqualTo("TQ2 5");
        assertThat(again.placement().postcode().value()).isEqualTo("TQ13 9");
    }

    @Test
    void a_correction_and_the_events_inside_a_list_are_sealed_under_their_own_childs_key() throws Exception {
        EventCorrected corrected = new EventCorrected(CHILD, "e1", new HomePostcodeChanged(CHILD, LocalDate.of(2024, 2, 1), Postcode.of("TQ4 7EA")), "typo");
        RecordedEvent other = new RecordedEvent("e2", "EX-2002", 0, Instant.parse("2024-01-01T00:00:00Z"), "recorder", "1",
                new HomePostcodeChanged("EX-2002", LocalDate.of(2024, 2, 1), Postcode.of("EX4 3PL")));
        RecordedEvent mine = new RecordedEvent("e3", CHILD, 3, Instant.parse("2024-01-01T00:00:00Z"), "recorder", "1", corrected);
        Batch batch = new Batch(List.of(mine, other));

        byte[] stored = seal.write(batch);
        assertThat(new String(stored, StandardCharsets.UTF_8)).doesNotContain("TQ4 7EA", "EX4 3PL")
                .contains("\"sealedFor\":\"EX-2002\"", "\"sealedFor\":\"TQ-1001\"");
        keys.erase(CHILD);

        Batch read = seal.read(stored, Batch.class);
        assertThat(((HomePostcodeChanged) ((EventCorrected) read.events().get(0).event()).correction()).homePostcode().value()).isEqualTo("TQ4 7");
        assertThat(((HomePostcodeChanged) read.events().get(1).event()).homePostcode().value()).isEqualTo("EX4 3PL");
    }

    @Test
    void a_sealed_value_relabelled_for_another_child_does_not_open() throws Exception {
        ObjectNode mine = (ObjectNode) JSON.readTree(seal.write(STARTED));
        keys.sealingKey("EX-2002");
        JsonNode sealedBirth = mine.get("dateOfBirth");
        ((ObjectNode) sealedBirth).put("sealedFor", "EX-2002");

        assertThatThrownBy(() -> seal.read(JSON.writeValueAsBytes(mine), ChildEvent.class))
                .hasMessageContaining("does not open with the child's key");
    }

    @Test
    void a_reader_without_the_seal_refuses_sealed_data_rather_than_read_it_as_erased() {
        byte[] stored = seal.write(STARTED);

        assertThatThrownBy(() -> JSON.readValue(stored, ChildEvent.class)).isInstanceOf(com.fasterxml.jackson.databind.exc.MismatchedInputException.class);
    }

    @Test
    void an_object_that_is_not_a_seal_where_a_postcode_belongs_is_refused_as_malformed() {
        String forged = new String(seal.write(STARTED), StandardCharsets.UTF_8).replaceFirst("\\{\"sealedFor\"", "{\"other\"");

        assertThatThrownBy(() -> seal.read(forged.getBytes(StandardCharsets.UTF_8), ChildEvent.class))
                .isInstanceOf(com.fasterxml.jackson.databind.exc.MismatchedInputException.class);
    }

    @Test
    void an_instance_still_holding_the_key_of_a_child_erased_elsewhere_reads_it_again_without_it() throws Exception {
        // This instance holds the keys it has used; another instance erases the child in the shared store.
        ChildKeys held = new ChildKeys() {
            final java.util.Map<String, java.util.Optional<javax.crypto.SecretKey>> cache = new java.util.HashMap<>();

            @Override
            public java.util.Optional<javax.crypto.SecretKey> sealingKey(String childId) {
                return cache.computeIfAbsent(childId, keys::sealingKey);
            }

            @Override
            public java.util.Optional<javax.crypto.SecretKey> openingKey(String childId) {
                return cache.computeIfAbsent(childId, keys::openingKey);
            }

            @Override
            public void forget(String childId) {
                cache.remove(childId);
            }
        };
        PersonalDataSeal here = new PersonalDataSeal(held);
        CareStarted read = (CareStarted) here.read(here.write(STARTED), ChildEvent.class);
        keys.erase(CHILD);

        assertThat(read.homePostcode().value()).as("still held here").isEqualTo("TQ2 5QE");
        CareStarted again = (CareStarted) here.readAgain(CHILD, read, ChildEvent.class);
        assertThat(again.homePostcode().value()).isEqualTo("TQ2 5");
        assertThat(again.dateOfBirth()).isEqualTo(LocalDate.of(2014, 6, 1));
    }

    record Batch(List<RecordedEvent> events) {
    }
}
