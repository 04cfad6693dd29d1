package org.placementledger.commandside.ssda903.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.placementledger.commandside.ssda903.rules.ReturnBuilder.child;

/** The episodes' rules numbered 400 and over, and those comparing the year with last year's, each with a return it accepts and one it finds broken. */
class EpisodeContinuityRulesTest {

    /** A child of 2023-24 whose first episode began 01/05/2022, with these fields of it. */
    private static ReturnBuilder goingOn(String... fields) {
        String[] all = new String[fields.length + 2];
        all[0] = "DECOM";
        all[1] = "01/05/2022";
        System.arraycopy(fields, 0, all, 2, fields.length);
        return child(2024).episode(all);
    }

    /** Last year's return (2022-23) of the child: one episode from 01/05/2022, still open on 31/03/2023, with these fields. */
    private static ReturnBuilder lastYearOpen(String... fields) {
        return child(2023).episode(fields);
    }

    static List<RuleCase> cases() {
        return List.of(
                RuleCase.of("408", "placed for adoption with a placement order (A5) under a care order, not E1",
                        child(2024).episode("PLACE", "A5", "LS", "E1"),
                        child(2024).episode("PLACE", "A5", "LS", "C2")),
                RuleCase.of("426", "short breaks recorded under both V3 and V4 in one year",
                        child(2024).episode("LS", "V3", "DEC", "05/05/2023", "REC", "E13").episode("DECOM", "01/06/2023", "LS", "V3"),
                        child(2024).episode("LS", "V3", "DEC", "05/05/2023", "REC", "E13").episode("DECOM", "01/06/2023", "LS", "V4")),
                RuleCase.of("437", "a child recorded as having died (E2), then a further episode",
                        child(2024).episode("DEC", "01/06/2023", "REC", "E11").episode("DECOM", "01/07/2023"),
                        child(2024).episode("DEC", "01/06/2023", "REC", "E2").episode("DECOM", "01/07/2023")),
                RuleCase.of("445", "freed for adoption (D1) in an episode beginning in 2006",
                        child(2024).episode("LS", "D1", "DECOM", "31/12/2005", "DEC", "01/06/2023", "REC", "E11"),
                        child(2024).episode("LS", "D1", "DECOM", "01/01/2006", "DEC", "01/06/2023", "REC", "E11")),
                RuleCase.of("446", "a placement order (E1) in an episode beginning before December 2005",
                        child(2024).episode("LS", "E1", "DECOM", "01/12/2005"),
                        child(2024).episode("LS", "E1", "DECOM", "30/11/2005")),
                RuleCase.of("451", "still freed for adoption (D1) at the year's end",
                        child(2024).episode("LS", "D1", "DECOM", "01/05/2005", "DEC", "01/06/2023", "REC", "E11"),
                        child(2024).episode("LS", "D1", "DECOM", "01/05/2005")),
                RuleCase.of("502", "last year's open episode began 01/05/2022, this year's first on 02/05/2022",
                        goingOn().previous(lastYearOpen()),
                        child(2024).episode("DECOM", "02/05/2022").previous(lastYearOpen())),
                RuleCase.of("503A", "the episode open at last year's end comes back with another reason for new episode",
                        goingOn("RNE", "S").previous(lastYearOpen("RNE", "S")),
                        goingOn("RNE", "P").previous(lastYearOpen("RNE", "S"))),
                RuleCase.of("503B", "the episode open at last year's end comes back under another legal status",
                        goingOn("LS", "C2").previous(lastYearOpen("LS", "C2")),
                        goingOn("LS", "C1").previous(lastYearOpen("LS", "C2"))),
                RuleCase.of("503C", "the episode open at last year's end comes back with another category of need",
                        goingOn("CIN", "N1").previous(lastYearOpen("CIN", "N1")),
                        goingOn("CIN", "N2").previous(lastYearOpen("CIN", "N1"))),
                RuleCase.of("503D", "the episode open at last year's end comes back in another placement type",
                        goingOn("PLACE", "U4").previous(lastYearOpen("PLACE", "U4")),
                        goingOn("PLACE", "U5").previous(lastYearOpen("PLACE", "U4"))),
                RuleCase.of("503D", "semi-independent living (H5) open at last year's end, supported accommodation (K3) this year: "
                                + "accepted in 2024-25, when K3 replaced H5, refused in 2023-24",
                        child(2025).episode("DECOM", "01/05/2023", "PLACE", "K3").previous(child(2024).episode("PLACE", "H5")),
                        goingOn("PLACE", "K3").previous(lastYearOpen("PLACE", "H5"))),
                RuleCase.of("503D", "the episode open at last year's end comes back in another placement type, in 2024-25",
                        child(2025).episode("DECOM", "01/05/2023", "PLACE", "U4").previous(child(2024).episode("PLACE", "U4")),
                        child(2025).episode("DECOM", "01/05/2023", "PLACE", "U5").previous(child(2024).episode("PLACE", "U4"))),
                RuleCase.of("503E", "the episode open at last year's end comes back with another placement provider",
                        goingOn("PLACE_PROVIDER", "PR1").previous(lastYearOpen("PLACE_PROVIDER", "PR1")),
                        goingOn("PLACE_PROVIDER", "PR2").previous(lastYearOpen("PLACE_PROVIDER", "PR1"))),
                RuleCase.of("503F", "the episode open at last year's end comes back with another Ofsted URN",
                        goingOn("URN", "SC123456").previous(lastYearOpen("URN", "SC123456")),
                        goingOn("URN", "SC654321").previous(lastYearOpen("URN", "SC123456"))),
                RuleCase.of("504", "the category of need changes at a placement move within the period of care",
                        child(2024).episode("DEC", "01/06/2023", "REC", "X1", "REASON_PLACE_CHANGE", "CARPL")
                                .episode("DECOM", "01/06/2023", "RNE", "P", "PLACE", "U5", "CIN", "N1"),
                        child(2024).episode("DEC", "01/06/2023", "REC", "X1", "REASON_PLACE_CHANGE", "CARPL")
                                .episode("DECOM", "01/06/2023", "RNE", "P", "PLACE", "U5", "CIN", "N2")),
                RuleCase.of("516", "staying put with former foster carers (E45) from a residential placement",
                        child(2024).episode("DEC", "01/06/2023", "REC", "E45", "PLACE", "U4"),
                        child(2024).episode("DEC", "01/06/2023", "REC", "E45", "PLACE", "R1")),
                RuleCase.of("527", "an own-provision provider (PR1) for a placement with parents (P1)",
                        child(2024).episode("PLACE", "R1", "PLACE_PROVIDER", "PR1"),
                        child(2024).episode("PLACE", "R2", "PLACE_PROVIDER", "PR1")),
                RuleCase.of("528", "another authority's provision (PR2) for a residential employment placement (R5)",
                        child(2024).episode("PLACE", "U4", "PLACE_PROVIDER", "PR2"),
                        child(2024).episode("PLACE", "R5", "PLACE_PROVIDER", "PR2")),
                RuleCase.of("529", "another public provider (PR3) for a kinship foster placement (K1)",
                        child(2024).episode("PLACE", "R1", "PLACE_PROVIDER", "PR3"),
                        child(2024).episode("PLACE", "K1", "PLACE_PROVIDER", "PR3")),
                RuleCase.of("530", "a private provider (PR4) for a placement with parents (P1)",
                        child(2024).episode("PLACE", "U4", "PLACE_PROVIDER", "PR4"),
                        child(2024).episode("PLACE", "P1", "PLACE_PROVIDER", "PR4")),
                RuleCase.of("531", "a voluntary provider (PR5) for a placement with parents (P1)",
                        child(2024).episode("PLACE", "U4", "PLACE_PROVIDER", "PR5"),
                        child(2024).episode("PLACE", "P1", "PLACE_PROVIDER", "PR5")),
                RuleCase.of("550", "a parent's provision (PR0) for a foster placement",
                        child(2024).episode("PLACE", "P1", "PLACE_PROVIDER", "PR0"),
                        child(2024).episode("PLACE", "U4", "PLACE_PROVIDER", "PR0")),
                RuleCase.of("562", "in care since 01/05/2022 but last year's return ends with an episode begun 01/03/2022",
                        goingOn().previous(lastYearOpen("DECOM", "01/05/2022")),
                        goingOn().previous(lastYearOpen("DECOM", "01/03/2022"))),
                RuleCase.of("NoE", "in care since 01/05/2022 but no episodes in last year's return",
                        goingOn().previous(lastYearOpen()),
                        goingOn().previous(child(2023))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void each_rule_accepts_its_passing_return_and_finds_its_failing_one(RuleCase c) {
        RuleCases.judge(c);
    }

    @Test
    void every_episode_continuity_rule_has_a_scenario() {
        RuleCases.everyRuleHasACase(EpisodeContinuityRules.ALL, cases());
    }

    @Test
    void last_year_rules_do_nothing_without_last_years_return() {
        org.assertj.core.api.Assertions.assertThat(RuleCases.problemsOf("562", child(2024).episode("DECOM", "01/05/2022"))).isEmpty();
        org.assertj.core.api.Assertions.assertThat(RuleCases.problemsOf("NoE", child(2024).episode("DECOM", "01/05/2022"))).isEmpty();
        org.assertj.core.api.Assertions.assertThat(RuleCases.problemsOf("503B", child(2024).episode("LS", "C1"))).isEmpty();
    }
}
