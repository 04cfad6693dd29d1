package org.placementledger.commandside.ssda903;

import org.junit.jupiter.api.Test;
import org.placementledger.commandside.domain.ChildDecisions;
import org.placementledger.commandside.domain.CorrectEvent;
import org.placementledger.commandside.domain.RecordHistory;
import org.placementledger.commandside.domain.RecordLimits;
import org.placementledger.commandside.domain.RetractEvent;
import org.placementledger.events.CareCeased;
import org.placementledger.events.CareStarted;
import org.placementledger.events.ChildEvent;
import org.placementledger.events.Money;
import org.placementledger.events.PlacementCostChanged;
import org.placementledger.events.codes.PlacementType;
import org.placementledger.events.codes.ReportingYear;
import org.placementledger.events.history.EffectiveHistory;
import org.placementledger.events.ssda903.EpisodeRow;
import org.placementledger.events.ssda903.HeaderRow;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One child's returns, year after year, planned against the record the earlier years left. */
class ImportPlannerScenariosTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final ImportFiles FILES = new ImportFiles("episodes.csv", "header.csv", null, "costs.csv");
    private static final HeaderRow HEADER = new HeaderRow(2, "C1", "1", "14/02/2010", "WBRI", "A123456789012", "", "");
    private static final ReportingYear Y2019 = new ReportingYear(2018);
    private static final ReportingYear Y2020 = new ReportingYear(2019);

    private static EpisodeRow row(long line, String decom, String rne, String ls, String place, String provider, String dec, String rec,
                                  String reason) {
        return new EpisodeRow(line, "C1", decom, rne, ls, "N1", place, provider, dec, rec, reason, "TQ1 3AB", "TQ2 5AA", "1234567");
    }

    /** The header of a return from 2024-25 on, whose sex codes are M and F. */
    private static final HeaderRow HEADER_FROM_2024 = new HeaderRow(2, "C1", "M", "14/02/2010", "WBRI", "A123456789012", "", "");

    private static ChildPlan plan(ReportingYear year, List<EpisodeRow> rows, List<CostRow> costs, EffectiveHistory record) {
        return plan(year, rows, costs, record, HEADER);
    }

    private static ChildPlan plan(ReportingYear year, List<EpisodeRow> rows, List<CostRow> costs, EffectiveHistory record, HeaderRow header) {
        CheckedChild checked = new EpisodeChecks(FILES, year).check("C1", rows, header);
        ImportPlanner planner = new ImportPlanner(FILES, year, TODAY, RecordLimits.DEFAULT);
        return planner.accountingForEveryRow(planner.plan(checked, costs, record), rows, costs);
    }

    private static EffectiveHistory apply(EffectiveHistory record, ChildPlan plan) {
        List<ChildEvent> events = ChildDecisions.decideAll(new RecordHistory("C1", plan.commands(), true), record, TODAY, RecordLimits.DEFAULT);
        EffectiveHistory h = record;
        for (ChildEvent e : events) h = h.with("e" + (h.lastSequence() + 1), h.lastSequence() + 1, e);
        return h;
    }

    private static final List<EpisodeRow> OPEN_IN_2019 = List.of(
            row(2, "01/06/2018", "S", "C2", "U4", "PR1", "10/01/2019", "X1", "CARPL"),
            row(3, "10/01/2019", "P", "C2", "U6", "PR4", "", "", ""));

    @Test
    void givenAResidentialEmploymentPlacement_P3_whenImported_thenTheChildIsTakenIn() {
        EpisodeRow p3 = row(2, "01/06/2018", "S", "C2", "P3", "PR4", "", "", "");
        // No Ofsted URN: residential employment is not a setting Ofsted registers (DfE rule 222).
        List<EpisodeRow> rows = List.of(new EpisodeRow(p3.line(), p3.child(), p3.decom(), p3.rne(), p3.ls(), p3.cin(), p3.place(),
                p3.placeProvider(), p3.dec(), p3.rec(), p3.reasonPlaceChange(), p3.homePost(), p3.plPost(), ""));

        // A young person of 16: residential employment is for those of 14 or over (DfE rule 374).
        HeaderRow sixteen = new HeaderRow(2, "C1", "1", "14/02/2002", "WBRI", "A123456789012", "0", "");
        ChildPlan plan = plan(Y2019, rows, List.of(), EffectiveHistory.empty(), sixteen);

        assertThat(plan.problems()).noneMatch(p -> p.isError());
        assertThat(plan.accepted()).isTrue();
        assertThat(plan.events()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(CareStarted.class,
                s -> assertThat(s.placement().type()).isEqualTo(PlacementType.P3)));
    }

    @Test
    void givenAReasonForPlacementChangeOnAnOpenEpisode_inA2024to25Return_thenTheChildIsTakenIn_withAWarningThatTheReasonIsNotKept() {
        List<EpisodeRow> rows = List.of(row(2, "01/06/2024", "S", "C2", "U6", "PR4", "", "", "CARPL"));

        ChildPlan plan = plan(new ReportingYear(2024), rows, List.of(), EffectiveHistory.empty(), HEADER_FROM_2024);

        assertThat(plan.accepted()).as(plan.problems().toString()).isTrue();
        assertThat(plan.problems()).noneMatch(p -> "233".equals(p.rule()))
                .anySatisfy(p -> {
                    assertThat(p.rule()).isEqualTo("REASON_ON_OPEN_EPISODE");
                    assertThat(p.isError()).isFalse();
                });
    }

    @Test
    void givenAReasonForPlacementChangeOnAnOpenEpisode_inThe2025to26Return_whereRule233BeginsThenTheChildIsRefused() {
        List<EpisodeRow> rows = List.of(row(2, "01/06/2025", "S", "C2", "U6", "PR4", "", "", "CARPL"));

        ChildPlan plan = plan(EpisodeChecks.RULE_233_FROM, rows, List.of(), EffectiveHistory.empty(), HEADER_FROM_2024);

        assertThat(plan.accepted()).isFalse();
        assertThat(plan.problems()).filteredOn(p -> p.isError() && !"CHILD_NOT_APPLIED".equals(p.rule()))
                .as("rule 233 and nothing else keeps the child out").extracting(Problem::rule).containsExactly("233");
        assertThat(plan.problems()).anySatisfy(p -> {
            assertThat(p.rule()).isEqualTo("233");
            assertThat(p.isError()).isTrue();
        });
    }

    @Test
    void givenCareCeasedAndBegunAgainOnTheSameDay_whenTheNextYearsRepeatTheOpenEpisodeUnchanged_thenEachIsAcceptedAsUnchanged_andTheLaterCeaseIsRecorded() {
        List<EpisodeRow> year2020 = List.of(
                row(2, "01/06/2018", "S", "C2", "U4", "PR1", "01/10/2019", "E45", ""),
                row(3, "01/10/2019", "S", "V2", "U6", "PR4", "", "", ""));
        ChildPlan first = plan(Y2020, year2020, List.of(), EffectiveHistory.empty());
        assertThat(first.accepted()).as(first.problems().toString()).isTrue();
        EffectiveHistory record = apply(EffectiveHistory.empty(), first);

        List<EpisodeRow> year2021 = List.of(row(2, "01/10/2019", "S", "V2", "U6", "PR4", "", "", ""));
        ChildPlan second = plan(new ReportingYear(2020), year2021, List.of(), record);
        assertThat(second.accepted()).as(second.problems().toString()).isTrue();
        assertThat(second.unchanged()).as(second.steps().toString()).isTrue();
        record = apply(record, second);

        List<EpisodeRow> year2022 = List.of(row(2, "01/10/2019", "S", "V2", "U6", "PR4", "14/02/2022", "E4A", ""));
        ChildPlan third = plan(new ReportingYear(2021), year2022, List.of(), record);
        assertThat(third.accepted()).as(third.problems().toString()).isTrue();
        assertThat(third.events()).singleElement().isInstanceOf(CareCeased.class);
    }

    @Test
    void the_next_years_return_repeating_an_open_episode_adds_only_the_end_of_care() {
        EffectiveHistory record = apply(EffectiveHistory.empty(), plan(Y2019, OPEN_IN_2019, List.of(), EffectiveHistory.empty()));
        assertThat(record.inEffectiveOrder()).hasSize(3); // start, move, the header's details

        ChildPlan next = plan(Y2020, List.of(row(4, "10/01/2019", "P", "C2", "U6", "PR4", "03/09/2019", "E4A", "")), List.of(), record);

        assertThat(next.accepted()).isTrue();
        assertThat(next.events()).singleElement().isInstanceOf(CareCeased.class);
    }

    @Test
    void a_historical_row_changed_between_returns_becomes_a_correction_not_a_second_fact() {
        EffectiveHistory record = apply(EffectiveHistory.empty(), plan(Y2019, OPEN_IN_2019, List.of(), EffectiveHistory.empty()));
        String startId = record.inEffectiveOrder().get(0).eventId();

        List<EpisodeRow> revised = List.of(
                row(2, "01/06/2018", "S", "C2", "U3", "PR1", "10/01/2019", "X1", "CARPL"),
                row(3, "10/01/2019", "P", "C2", "U6", "PR4", "", "", ""));
        ChildPlan plan = plan(Y2019, revised, List.of(), record);

        assertThat(plan.commands()).singleElement().isInstanceOfSatisfying(CorrectEvent.class, c -> {
            assertThat(c.eventId()).isEqualTo(startId);
            assertThat(((CareStarted) c.correction()).placement().type()).isEqualTo(PlacementType.U3);
        });
    }

    @Test
    void the_same_return_twice_records_nothing() {
        EffectiveHistory record = apply(EffectiveHistory.empty(), plan(Y2019, OPEN_IN_2019, List.of(), EffectiveHistory.empty()));

        assertThat(plan(Y2019, OPEN_IN_2019, List.of(), record).commands()).isEmpty();
    }

    @Test
    void an_end_of_care_the_return_no_longer_holds_is_retracted() {
        List<EpisodeRow> ended = List.of(row(2, "01/06/2018", "S", "C2", "U4", "PR1", "10/01/2019", "E4A", ""));
        EffectiveHistory record = apply(EffectiveHistory.empty(), plan(Y2019, ended, List.of(), EffectiveHistory.empty()));

        ChildPlan reopened = plan(Y2019, List.of(row(2, "01/06/2018", "S", "C2", "U4", "PR1", "", "", "")), List.of(), record);

        assertThat(reopened.commands()).singleElement().isInstanceOf(RetractEvent.class);
    }

    @Test
    void a_cost_named_by_its_placements_start_is_recorded_once_and_a_changed_cost_is_corrected() {
        List<CostRow> costs = List.of(new CostRow(2, "C1", "10/01/2019", "", "950.00", ""));
        EffectiveHistory record = apply(EffectiveHistory.empty(), plan(Y2019, OPEN_IN_2019, costs, EffectiveHistory.empty()));
        assertThat(record.inEffectiveOrder()).anySatisfy(f -> assertThat(f.fact()).isInstanceOfSatisfying(PlacementCostChanged.class,
                c -> assertThat(c.weeklyCost()).isEqualTo(Money.of("950.00"))));

        assertThat(plan(Y2019, OPEN_IN_2019, costs, record).commands()).isEmpty();
        ChildPlan raised = plan(Y2019, OPEN_IN_2019, List.of(new CostRow(2, "C1", "10/01/2019", "", "1010.00", "")), record);
        assertThat(raised.commands()).singleElement().isInstanceOf(CorrectEvent.class);
    }

    @Test
    void a_cost_for_a_placement_the_child_never_had_is_reported_with_its_line() {
        ChildPlan plan = plan(Y2019, OPEN_IN_2019, List.of(new CostRow(7, "C1", "02/02/2019", "", "950.00", "")), EffectiveHistory.empty());

        assertThat(plan.accepted()).isFalse();
        assertThat(plan.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("costs.csv");
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.rule()).isEqualTo("COST_PLACEMENT_NOT_FOUND");
        });
    }

    @Test
    void overlapping_episodes_keep_the_whole_child_out_with_every_row_reported() {
        List<EpisodeRow> overlapping = List.of(
                row(2, "01/06/2018", "S", "C2", "U4", "PR1", "10/01/2019", "X1", "CARPL"),
                row(3, "01/01/2019", "P", "C2", "U6", "PR4", "", "", ""));

        ChildPlan plan = plan(Y2019, overlapping, List.of(), EffectiveHistory.empty());

        assertThat(plan.accepted()).isFalse();
        assertThat(plan.steps()).isEmpty();
        assertThat(plan.problems()).extracting(Problem::rule).contains("501", "388");
        assertThat(plan.problems()).extracting(Problem::line).contains(2L, 3L);
    }

    @Test
    void the_cost_rows_of_a_child_kept_out_are_reported_too() {
        List<EpisodeRow> overlapping = List.of(
                row(2, "01/06/2018", "S", "C2", "U4", "PR1", "10/01/2019", "X1", "CARPL"),
                row(3, "01/01/2019", "P", "C2", "U6", "PR4", "", "", ""));

        ChildPlan plan = plan(Y2019, overlapping, List.of(new CostRow(9, "C1", "01/06/2018", "", "800.00", "")), EffectiveHistory.empty());

        assertThat(plan.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("costs.csv");
            assertThat(p.line()).isEqualTo(9);
            assertThat(p.rule()).isEqualTo("CHILD_NOT_APPLIED");
        });
    }

    @Test
    void more_than_one_open_episode_is_dfe_rule_142() {
        List<EpisodeRow> twoOpen = List.of(
                row(2, "01/06/2018", "S", "C2", "U4", "PR1", "", "", ""),
                row(3, "01/01/2019", "S", "C2", "U6", "PR4", "", "", ""));

        assertThat(plan(Y2019, twoOpen, List.of(), EffectiveHistory.empty()).problems()).extracting(Problem::rule).contains("142");
    }

    @Test
    void an_end_date_after_the_collection_year_is_dfe_rule_385() {
        List<EpisodeRow> late = List.of(row(2, "01/06/2018", "S", "C2", "U4", "PR1", "02/04/2019", "E4A", ""));

        ChildPlan plan = plan(Y2019, late, List.of(), EffectiveHistory.empty());
        assertThat(plan.problems()).anySatisfy(p -> {
            assertThat(p.rule()).isEqualTo("385");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("02/04/2019");
        });
    }

    @Test
    void a_code_retired_before_the_year_of_the_episode_is_refused_with_dfe_rule_146() {
        List<EpisodeRow> p2 = List.of(row(2, "01/06/2025", "S", "C2", "P2", "PR4", "", "", ""));

        ChildPlan plan = plan(new ReportingYear(2025), p2, List.of(), EffectiveHistory.empty(), HEADER_FROM_2024);
        assertThat(plan.accepted()).isFalse();
        assertThat(plan.problems()).anySatisfy(p -> {
            assertThat(p.rule()).isEqualTo("146");
            assertThat(p.message()).contains("'P2' is not valid in 2025-26");
        });
    }

    @Test
    void todays_placement_code_in_an_earlier_years_return_is_taken_in_and_said_to_be_written_in_that_years_code() {
        List<EpisodeRow> k3 = List.of(row(2, "01/06/2018", "S", "C2", "K3", "PR4", "", "", ""));

        ChildPlan plan = plan(Y2019, k3, List.of(), EffectiveHistory.empty());
        assertThat(plan.accepted()).isTrue();
        assertThat(plan.problems()).anySatisfy(p -> {
            assertThat(p.rule()).isEqualTo("146");
            assertThat(p.isError()).isFalse();
            assertThat(p.message()).contains("'K3' is not in the 2018-19 code list", "writes as H5");
        });
    }

    @Test
    void sex_in_todays_code_in_a_2023_24_return_and_in_the_old_code_in_a_2024_25_return_are_both_taken_in_as_the_same_sex() {
        HeaderRow female = new HeaderRow(2, "C1", "F", "14/02/2010", "WBRI", "A123456789012", "", "");
        CheckedChild in2023 = new EpisodeChecks(FILES, new ReportingYear(2023)).check("C1",
                List.of(row(2, "01/06/2023", "S", "C2", "U4", "PR1", "", "", "")), female);
        HeaderRow coded2 = new HeaderRow(2, "C1", "2", "14/02/2010", "WBRI", "A123456789012", "", "");
        CheckedChild in2024 = new EpisodeChecks(FILES, new ReportingYear(2024)).check("C1",
                List.of(row(2, "01/06/2024", "S", "C2", "U4", "PR1", "", "", "")), coded2);

        assertThat(in2023.accepted()).isTrue();
        assertThat(in2024.accepted()).isTrue();
        assertThat(in2023.sex()).isEqualTo(org.placementledger.events.codes.Sex.F).isEqualTo(in2024.sex());
        assertThat(in2023.problems()).anySatisfy(p -> assertThat(p.message()).contains("SEX 'F' is not in the 2023-24 code list", "writes as 2"));
        assertThat(in2024.problems()).anySatisfy(p -> assertThat(p.message()).contains("SEX '2' is not in the 2024-25 code list", "writes as F"));
    }

    @Test
    void a_child_missing_from_the_header_is_refused() {
        CheckedChild checked = new EpisodeChecks(FILES, Y2019).check("C1", OPEN_IN_2019, null);

        assertThat(checked.accepted()).isFalse();
        assertThat(checked.problems()).extracting(Problem::rule).contains("INT03");
    }

    @Test
    void a_history_that_begins_part_way_through_a_period_of_care_is_held_from_its_first_known_episode() {
        // Its first episode began before the year: the episode before it is in no return the ledger was given.
        List<EpisodeRow> continuing = List.of(row(2, "01/06/2017", "P", "C2", "U4", "PR1", "", "", ""));

        ChildPlan plan = plan(Y2019, continuing, List.of(), EffectiveHistory.empty());

        assertThat(plan.accepted()).isTrue();
        assertThat(plan.problems()).extracting(Problem::rule).contains("357");
        assertThat(plan.events().get(0)).isInstanceOfSatisfying(CareStarted.class,
                s -> assertThat(s.reasonNewEpisode().code()).isEqualTo("P"));
    }

    @Test
    void a_move_the_new_return_dates_otherwise_is_corrected_to_its_new_date() {
        EffectiveHistory record = apply(EffectiveHistory.empty(), plan(Y2019, OPEN_IN_2019, List.of(), EffectiveHistory.empty()));
        String moveId = record.inEffectiveOrder().get(1).eventId();

        ChildPlan plan = plan(Y2019, List.of(row(2, "01/06/2018", "S", "C2", "U4", "PR1", "01/12/2018", "X1", "CARPL"),
                row(5, "01/12/2018", "P", "C2", "U6", "PR4", "", "", "")), List.of(), record);

        assertThat(plan.commands()).singleElement().isInstanceOfSatisfying(CorrectEvent.class, c -> {
            assertThat(c.eventId()).isEqualTo(moveId);
            assertThat(c.correction().effectiveDate()).isEqualTo(LocalDate.of(2018, 12, 1));
        });
    }

    @Test
    void a_new_period_of_care_while_the_record_holds_the_child_in_care_is_refused_by_the_records_own_rule() {
        EffectiveHistory record = apply(EffectiveHistory.empty(), plan(Y2019, OPEN_IN_2019, List.of(), EffectiveHistory.empty()));

        ChildPlan plan = plan(Y2019, List.of(row(5, "01/12/2018", "S", "C2", "U1", "PR1", "", "", "")), List.of(), record);

        assertThat(plan.accepted()).isFalse();
        assertThat(plan.steps()).isEmpty();
        assertThat(plan.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.rule()).isEqualTo("ALREADY_IN_CARE");
        });
    }

    private static ChildPlan planWithMissing(List<EpisodeRow> rows, List<List<String>> missing, EffectiveHistory record) {
        java.util.Set<org.placementledger.events.ssda903.ReturnFile> supplied = java.util.EnumSet.of(
                org.placementledger.events.ssda903.ReturnFile.HEADER, org.placementledger.events.ssda903.ReturnFile.EPISODES,
                org.placementledger.events.ssda903.ReturnFile.MISSING);
        List<org.placementledger.commandside.ssda903.rules.Row> missingRows = new java.util.ArrayList<>();
        long line = 2;
        for (List<String> m : missing) {
            missingRows.add(org.placementledger.commandside.ssda903.rules.Row.of(org.placementledger.events.ssda903.ReturnFile.MISSING, line++, m));
        }
        CheckedChild checked = new EpisodeChecks(FILES, Y2019, supplied).check("C1", rows, HEADER,
                java.util.Map.of(org.placementledger.events.ssda903.ReturnFile.MISSING, missingRows), record);
        ImportPlanner planner = new ImportPlanner(FILES, Y2019, TODAY, RecordLimits.DEFAULT);
        return planner.accountingForEveryRow(planner.plan(checked, List.of(), record), rows, List.of());
    }

    @Test
    void a_childs_missing_periods_are_kept_as_written_once_and_a_later_return_that_changes_or_drops_them_is_recorded() {
        List<List<String>> twoPeriods = List.of(List.of("C1", "14/02/2010", "M", "03/07/2018", "05/07/2018"),
                List.of("C1", "14/02/2010", "A", "01/11/2018", "02/11/2018"));
        ChildPlan first = planWithMissing(OPEN_IN_2019, twoPeriods, EffectiveHistory.empty());
        assertThat(first.problems()).noneMatch(Problem::isError);
        assertThat(first.events()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(org.placementledger.events.ReturnRowsRecorded.class, r -> {
            assertThat(r.file()).isEqualTo("Missing");
            assertThat(r.effectiveDate()).isEqualTo(LocalDate.of(2019, 3, 31));
            assertThat(r.rows()).isEqualTo("M,03/07/2018,05/07/2018\nA,01/11/2018,02/11/2018\n");
        }));
        EffectiveHistory record = apply(EffectiveHistory.empty(), first);

        assertThat(planWithMissing(OPEN_IN_2019, twoPeriods, record).unchanged()).as("the same rows again").isTrue();
        ChildPlan oneDropped = planWithMissing(OPEN_IN_2019, twoPeriods.subList(0, 1), record);
        assertThat(oneDropped.events()).singleElement().isInstanceOfSatisfying(org.placementledger.events.ReturnRowsRecorded.class,
                r -> assertThat(r.rows()).isEqualTo("M,03/07/2018,05/07/2018\n"));
        ChildPlan none = planWithMissing(OPEN_IN_2019, List.of(), record);
        assertThat(none.events()).singleElement().isInstanceOfSatisfying(org.placementledger.events.ReturnRowsRecorded.class,
                r -> assertThat(r.rows()).as("the return now holds no missing period of the child").isEmpty());
    }

    @Test
    void a_missing_period_that_breaks_a_dfe_rule_keeps_the_whole_child_out() {
        List<List<String>> beforeCare = List.of(List.of("C1", "14/02/2010", "M", "03/07/2017", "05/07/2017"));
        ChildPlan plan = planWithMissing(OPEN_IN_2019, beforeCare, EffectiveHistory.empty());
        assertThat(plan.accepted()).isFalse();
        assertThat(plan.problems()).anySatisfy(p -> assertThat(p.file()).isEqualTo("missing.csv"));
    }

    @Test
    void a_care_leavers_oc3_row_without_an_episode_is_kept_when_the_ledger_holds_them_and_reported_when_it_does_not() {
        var oc3 = org.placementledger.events.ssda903.ReturnFile.OC3;
        java.util.Set<org.placementledger.events.ssda903.ReturnFile> supplied = java.util.EnumSet.of(
                org.placementledger.events.ssda903.ReturnFile.HEADER, org.placementledger.events.ssda903.ReturnFile.EPISODES, oc3);
        HeaderRow leaver = new HeaderRow(2, "C1", "1", "01/07/2000", "WBRI", "A123456789012", "", "");
        List<org.placementledger.commandside.ssda903.rules.Row> row = List.of(org.placementledger.commandside.ssda903.rules.Row.of(oc3, 2,
                List.of("C1", "01/07/2000", "YES", "F1", "S2")));
        EpisodeChecks checks = new EpisodeChecks(FILES, Y2020, supplied);
        ImportPlanner planner = new ImportPlanner(FILES, Y2020, TODAY, RecordLimits.DEFAULT);
        // Looked after from 16 until 18 (30 June 2018), in the year before.
        EffectiveHistory record = apply(EffectiveHistory.empty(), plan(Y2019, List.of(
                row(2, "01/09/2016", "S", "C2", "U4", "PR1", "30/06/2018", "E8", "")), List.of(), EffectiveHistory.empty(), leaver));

        ChildPlan known = planner.planWithoutEpisodes(checks.checkWithoutEpisodes("C1", leaver, java.util.Map.of(oc3, row), record), record);
        assertThat(known.problems()).noneMatch(Problem::isError);
        assertThat(known.events()).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(org.placementledger.events.ReturnRowsRecorded.class,
                r -> assertThat(r.rows()).isEqualTo("YES,F1,S2\n")));

        ChildPlan unknown = planner.planWithoutEpisodes(checks.checkWithoutEpisodes("C1", leaver, java.util.Map.of(oc3, row),
                EffectiveHistory.empty()), EffectiveHistory.empty());
        assertThat(unknown.events()).isEmpty();
        assertThat(unknown.problems()).extracting(Problem::rule).contains("NOT_KEPT_WITHOUT_RECORD");
    }

    /** The child's return of a year as the export writes it from the record (without where rows were read). */
    private static List<EpisodeRow> exported(EffectiveHistory record, ReportingYear year) {
        List<org.placementledger.events.CareFact> facts = record.inEffectiveOrder().stream().map(org.placementledger.events.history.StoredFact::fact).toList();
        return org.placementledger.events.ssda903.ReturnOf.episodes("C1", facts, year).stream().map(EpisodeRow::content).toList();
    }

    private static List<EpisodeRow> contents(List<EpisodeRow> rows) {
        return rows.stream().map(EpisodeRow::content).toList();
    }

    @Test
    void round_trip_care_ceased_and_begun_again_on_the_same_day_each_years_return_comes_back_as_sent() {
        List<List<EpisodeRow>> returns = List.of(
                List.of(row(2, "01/06/2018", "S", "C2", "U4", "PR1", "01/10/2019", "E45", ""), row(3, "01/10/2019", "S", "V2", "U6", "PR4", "", "", "")),
                List.of(row(2, "01/10/2019", "S", "V2", "U6", "PR4", "", "", "")),
                List.of(row(2, "01/10/2019", "S", "V2", "U6", "PR4", "14/02/2022", "E4A", "")));
        EffectiveHistory record = EffectiveHistory.empty();
        for (int i = 0; i < returns.size(); i++) {
            ReportingYear year = new ReportingYear(2019 + i);
            ChildPlan plan = plan(year, returns.get(i), List.of(), record);
            assertThat(plan.accepted()).as(year + ": " + plan.problems()).isTrue();
            record = apply(record, plan);
            assertThat(exported(record, year)).as(year.toString()).containsExactlyElementsOf(contents(returns.get(i)));
        }
    }

    @Test
    void round_trip_residential_employment_p3_comes_back_as_sent() {
        EpisodeRow p3 = row(2, "01/06/2018", "S", "C2", "P3", "PR4", "", "", "");
        List<EpisodeRow> rows = List.of(new EpisodeRow(2, "C1", p3.decom(), p3.rne(), p3.ls(), p3.cin(), p3.place(), p3.placeProvider(),
                "", "", "", p3.homePost(), p3.plPost(), ""));
        HeaderRow sixteen = new HeaderRow(2, "C1", "1", "14/02/2002", "WBRI", "A123456789012", "0", "");
        EffectiveHistory record = apply(EffectiveHistory.empty(), plan(Y2019, rows, List.of(), EffectiveHistory.empty(), sixteen));
        assertThat(exported(record, Y2019)).containsExactlyElementsOf(contents(rows));
    }

    @Test
    void round_trip_a_2023_24_return_in_another_years_codes_and_with_a_reason_on_an_open_episode_comes_back_normalised() {
        ReportingYear y2023 = new ReportingYear(2023);
        HeaderRow female = new HeaderRow(2, "C1", "F", "14/02/2010", "WBRI", "A123456789012", "0", "");
        List<EpisodeRow> rows = List.of(row(2, "01/06/2023", "S", "C2", "U4", "PR1", "01/09/2023", "X1", "CARPL"),
                row(3, "01/09/2023", "P", "C2", "K3", "PR4", "", "", "CHILD"));
        ChildPlan plan = plan(y2023, rows, List.of(), EffectiveHistory.empty(), female);
        assertThat(plan.accepted()).as(plan.problems().toString()).isTrue();
        EffectiveHistory record = apply(EffectiveHistory.empty(), plan);
        List<EpisodeRow> back = exported(record, y2023);
        assertThat(back.get(0)).isEqualTo(rows.get(0).content());
        assertThat(back.get(1).place()).as("K3 is H5 in a 2023-24 return").isEqualTo("H5");
        assertThat(back.get(1).reasonPlaceChange()).as("a reason on an open episode is not kept").isEmpty();
        List<org.placementledger.events.CareFact> facts = record.inEffectiveOrder().stream().map(org.placementledger.events.history.StoredFact::fact).toList();
        assertThat(org.placementledger.events.ssda903.ReturnOf.header("C1", facts, y2023).orElseThrow().sex()).as("F is 2 in 2023-24").isEqualTo("2");
        assertThat(org.placementledger.events.ssda903.ReturnOf.header("C1", facts, new ReportingYear(2024)).orElseThrow().sex()).isEqualTo("F");
    }
}
