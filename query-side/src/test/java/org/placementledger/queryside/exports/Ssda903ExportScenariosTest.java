package org.placementledger.queryside.exports;

import org.junit.jupiter.api.Test;
import org.placementledger.events.CareCeased;
import org.placementledger.events.CareStarted;
import org.placementledger.events.ChildEvent;
import org.placementledger.events.EventCorrected;
import org.placementledger.events.LegalStatusChanged;
import org.placementledger.events.Placement;
import org.placementledger.events.PlacementChanged;
import org.placementledger.events.Postcode;
import org.placementledger.events.RecordedEvent;
import org.placementledger.events.codes.CategoryOfNeed;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.codes.PlacementProvider;
import org.placementledger.events.codes.PlacementType;
import org.placementledger.events.codes.ReasonEpisodeCeased;
import org.placementledger.events.codes.ReasonPlaceChange;
import org.placementledger.events.codes.ReportingYear;
import org.placementledger.events.codes.Sex;
import org.placementledger.measures.geography.PostcodeGrid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A child's events written out as the 903 return of a year, as known at an instant. */
class Ssda903ExportScenariosTest {

    private static final PostcodeGrid GRID = PostcodeGrid.shippedSectors();
    private static final Postcode HOME = Postcode.of("TQ2 5QE");
    private static final Postcode EXETER = Postcode.of("EX4 3PL");
    private final List<RecordedEvent> log = new ArrayList<>();

    private void record(String day, ChildEvent event) {
        log.add(new RecordedEvent("e" + log.size(), event.childId(), log.stream().filter(r -> r.childId().equals(event.childId())).count(),
                Instant.parse(day + "T12:00:00Z"), "test", "1", event));
    }

    private Ssda903Export.Return export(int endYear, String knownAt) {
        return new Ssda903Export(each -> log.forEach(each), GRID).of(new ReportingYear(endYear - 1), Instant.parse(knownAt));
    }

    private static Placement placement(PlacementType type, Postcode where) {
        return new Placement("", type, PlacementProvider.PR4, "SC1", where, null, false);
    }

    @Test
    void a_year_of_care_is_written_as_its_episodes_with_the_distance_from_home_and_a_move_and_status_change_on_one_day_as_one_episode() {
        record("2023-05-01", new CareStarted("C1", LocalDate.of(2023, 5, 1), LocalDate.of(2012, 3, 4), Sex.M, HOME, LegalStatus.C2,
                CategoryOfNeed.N1, placement(PlacementType.U6, HOME)));
        record("2023-09-01", new PlacementChanged("C1", LocalDate.of(2023, 9, 1), placement(PlacementType.K2, EXETER), ReasonPlaceChange.CREQB, true));
        record("2023-09-01", new LegalStatusChanged("C1", LocalDate.of(2023, 9, 1), LegalStatus.C1));
        record("2024-02-01", new CareCeased("C1", LocalDate.of(2024, 2, 1), ReasonEpisodeCeased.E4A));

        List<List<String>> rows = export(2024, "2024-05-15T00:00:00Z").episodes();

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).subList(0, 13)).containsExactly("C1", "01/05/2023", "S", "C2", "N1", "U6", "PR4", "01/09/2023", "X1", "CREQB",
                "TQ2 5QE", "TQ2 5QE", "SC1");
        assertThat(rows.get(1).subList(0, 13)).containsExactly("C1", "01/09/2023", "B", "C1", "N1", "K2", "PR4", "01/02/2024", "E4A", "",
                "TQ2 5QE", "EX4 3PL", "SC1");
        String miles = GRID.locate(HOME).orElseThrow().milesTo(GRID.locate(EXETER).orElseThrow()).toPlainString();
        assertThat(rows.get(1).get(13)).as("PL_DISTANCE").isEqualTo(miles);
        assertThat(rows.get(0).get(13)).isEqualTo("0.0");
        assertThat(export(2024, "2024-05-15T00:00:00Z").header()).containsExactly(List.of("C1", "1", "04/03/2012", "", "", "", ""));
    }

    @Test
    void a_move_recorded_after_a_change_of_legal_status_on_the_same_day_keeps_its_reason_on_the_episode_it_ended() {
        record("2023-05-01", new CareStarted("C3", LocalDate.of(2023, 5, 1), LocalDate.of(2012, 3, 4), Sex.M, HOME, LegalStatus.C2,
                CategoryOfNeed.N1, placement(PlacementType.U6, HOME)));
        record("2023-07-01", new LegalStatusChanged("C3", LocalDate.of(2023, 7, 1), LegalStatus.C1));
        record("2023-07-01", new PlacementChanged("C3", LocalDate.of(2023, 7, 1), placement(PlacementType.U4, EXETER), ReasonPlaceChange.CARPL, false));

        List<List<String>> rows = export(2024, "2024-05-15T00:00:00Z").episodes();

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).subList(7, 10)).containsExactly("01/07/2023", "X1", "CARPL");
        assertThat(rows.get(1).get(2)).as("RNE").isEqualTo("U");
    }

    @Test
    void an_episode_still_open_at_the_years_end_is_written_open_and_a_correction_shows_only_from_when_it_was_recorded() {
        record("2023-05-01", new CareStarted("C2", LocalDate.of(2023, 5, 1), LocalDate.of(2012, 3, 4), Sex.F, HOME, LegalStatus.C2,
                CategoryOfNeed.N1, placement(PlacementType.U6, HOME)));
        record("2024-06-01", new CareCeased("C2", LocalDate.of(2024, 5, 20), ReasonEpisodeCeased.E11));
        record("2024-07-01", new EventCorrected("C2", "e0", new CareStarted("C2", LocalDate.of(2023, 5, 1), LocalDate.of(2012, 3, 4),
                Sex.F, HOME, LegalStatus.C2, CategoryOfNeed.N1, placement(PlacementType.U4, HOME)), "type was wrong"));

        assertThat(export(2024, "2024-06-15T00:00:00Z").episodes().get(0).subList(0, 13))
                .containsExactly("C2", "01/05/2023", "S", "C2", "N1", "U6", "PR4", "", "", "", "TQ2 5QE", "TQ2 5QE", "SC1");
        assertThat(export(2024, "2024-07-15T00:00:00Z").episodes().get(0).get(5)).as("as known after the correction").isEqualTo("U4");
        assertThat(export(2025, "2024-07-15T00:00:00Z").episodes().get(0).subList(7, 9)).containsExactly("20/05/2024", "E11");
        assertThat(export(2023, "2024-07-15T00:00:00Z").episodes()).as("no episode in the year ending March 2023").isEmpty();
    }

    @Test
    void a_child_recorded_in_todays_codes_is_written_in_each_years_own_codes_sex_2_and_h5_before_2024_25_f_and_k3_from_then() {
        record("2023-11-01", new CareStarted("C4", LocalDate.of(2023, 11, 1), LocalDate.of(2007, 3, 4), Sex.F, HOME, LegalStatus.V2,
                CategoryOfNeed.N4, placement(PlacementType.K3, EXETER)));
        record("2024-06-01", new PlacementChanged("C4", LocalDate.of(2024, 6, 1), placement(PlacementType.Z13, EXETER), ReasonPlaceChange.CREQB, true));

        Ssda903Export.Return of2024 = export(2024, "2025-05-15T00:00:00Z");
        Ssda903Export.Return of2025 = export(2025, "2025-05-15T00:00:00Z");

        assertThat(of2024.header().get(0).get(1)).as("SEX in 2023-24").isEqualTo("2");
        assertThat(of2024.episodes().get(0).get(5)).as("PLACE in 2023-24").isEqualTo("H5");
        assertThat(of2025.header().get(0).get(1)).as("SEX in 2024-25").isEqualTo("F");
        assertThat(of2025.episodes()).extracting(r -> r.get(5)).as("PLACE in 2024-25").containsExactly("K3", "Z1");
    }

    @Test
    void the_rows_of_the_returns_other_files_are_written_back_for_their_year_as_last_recorded_with_the_childs_id_and_date_of_birth() {
        record("2023-05-01", new CareStarted("C5", LocalDate.of(2023, 5, 1), LocalDate.of(2012, 3, 4), Sex.M, HOME, LegalStatus.C2,
                CategoryOfNeed.N1, placement(PlacementType.U6, HOME)));
        record("2024-05-01", new org.placementledger.events.ReturnRowsRecorded("C5", LocalDate.of(2024, 3, 31), "Missing",
                "M,03/07/2023,05/07/2023\n"));
        record("2024-06-01", new org.placementledger.events.ReturnRowsRecorded("C5", LocalDate.of(2024, 3, 31), "Missing",
                "M,03/07/2023,05/07/2023\nA,01/11/2023,\n"));

        var missing = org.placementledger.events.ssda903.ReturnFile.MISSING;
        assertThat(export(2024, "2024-05-15T00:00:00Z").rowsOf(missing)).containsExactly(
                List.of("C5", "04/03/2012", "M", "03/07/2023", "05/07/2023"));
        assertThat(export(2024, "2024-07-01T00:00:00Z").rowsOf(missing)).as("as the amended return had them").containsExactly(
                List.of("C5", "04/03/2012", "M", "03/07/2023", "05/07/2023"), List.of("C5", "04/03/2012", "A", "01/11/2023", ""));
        assertThat(export(2025, "2024-07-01T00:00:00Z").rowsOf(missing)).as("nothing recorded for 2024-25").isEmpty();
    }
}
