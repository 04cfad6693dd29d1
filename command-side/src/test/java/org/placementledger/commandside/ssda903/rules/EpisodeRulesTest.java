package org.placementledger.commandside.ssda903.rules;

import org.placementledger.events.ssda903.ReturnFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.placementledger.commandside.ssda903.rules.ReturnBuilder.child;

/** The episodes file's rules, each with a return it accepts and one it finds broken. */
class EpisodeRulesTest {

    static List<RuleCase> cases() {
        return List.of(
                RuleCase.of("1012", "a care leaver with no episode this year has a missing-from-care row",
                        child(2024).episode().row(ReturnFile.MISSING, "MISSING", "M", "MIS_START", "01/06/2023", "MIS_END", "02/06/2023"),
                        child(2024).row(ReturnFile.MISSING, "MISSING", "M", "MIS_START", "01/06/2023", "MIS_END", "02/06/2023")),
                RuleCase.of("199", "a child adopted from care last year is looked after again this year",
                        child(2024).episode().previous(child(2023).episode("PLACE", "A5", "DEC", "01/02/2023", "REC", "E4A")),
                        child(2024).episode().previous(child(2023).episode("PLACE", "A5", "DEC", "01/02/2023", "REC", "E11"))),
                RuleCase.of("199", "a child adopted in the year has a later episode the same year",
                        child(2024).episode("PLACE", "A5", "DEC", "01/08/2023", "REC", "E4A").episode("DECOM", "01/11/2023"),
                        child(2024).episode("PLACE", "A5", "DEC", "01/08/2023", "REC", "E12").episode("DECOM", "01/11/2023")),
                RuleCase.of("214", "a short break (V3) with a placement postcode",
                        child(2024).episode("LS", "V3", "HOME_POST", "", "PL_POST", "", "URN", ""),
                        child(2024).episode("LS", "V3", "HOME_POST", "", "PL_POST", "TQ2 5AA", "URN", "")),
                RuleCase.of("217", "placed for adoption with the current foster carers (A5) recorded as a change of placement (P)",
                        child(2024).episode("PLACE", "A5", "RNE", "T"),
                        child(2024).episode("PLACE", "A5", "RNE", "P")),
                RuleCase.of("217t", "semi-independent living (P2) still used after 28 October 2023",
                        child(2024).episode("PLACE", "P2", "DEC", "28/10/2023", "REC", "E4A"),
                        child(2024).episode("PLACE", "P2", "DEC", "29/10/2023", "REC", "E4A")),
                RuleCase.of("217t", "an open semi-independent living (P2) episode at the end of 2023-24",
                        child(2024).episode("PLACE", "P2", "DEC", "27/10/2023", "REC", "E4A"),
                        child(2024).episode("PLACE", "P2")),
                RuleCase.of("222", "residential employment (P3) recorded with an Ofsted URN",
                        child(2024).episode("PLACE", "P3", "URN", "XXXXXXX"),
                        child(2024).episode("PLACE", "P3", "URN", "SC123456")),
                RuleCase.of("222", "placed with parents (P1) recorded with an Ofsted URN, in 2024-25",
                        child(2025).episode("PLACE", "P1", "URN", ""),
                        child(2025).episode("PLACE", "P1", "URN", "SC123456")),
                RuleCase.of("222", "semi-independent living (P2) with a URN: refused in 2023-24, no longer this rule's from 2024-25",
                        child(2025).episode("PLACE", "P2", "URN", "SC123456"),
                        child(2024).episode("PLACE", "P2", "URN", "SC123456")),
                RuleCase.of("226", "a reason for placement change recorded on the episode before a temporary placement",
                        child(2024).episode("DEC", "01/07/2023", "REC", "X1").episode("DECOM", "01/07/2023", "RNE", "P", "PLACE", "T1"),
                        child(2024).episode("DEC", "01/07/2023", "REC", "X1", "REASON_PLACE_CHANGE", "CARPL")
                                .episode("DECOM", "01/07/2023", "RNE", "P", "PLACE", "T1")),
                RuleCase.of("226", "a reason for placement change recorded on a temporary placement",
                        child(2024).episode("PLACE", "T1", "RNE", "P", "DEC", "01/07/2023", "REC", "X1"),
                        child(2024).episode("PLACE", "T1", "RNE", "P", "DEC", "01/07/2023", "REC", "X1", "REASON_PLACE_CHANGE", "CARPL")),
                RuleCase.of("336", "placed for adoption with current foster carers (A5) straight from a children's home",
                        child(2024).episode("PLACE", "U4", "DEC", "01/07/2023", "REC", "X1").episode("DECOM", "01/07/2023", "RNE", "P", "PLACE", "A5"),
                        child(2024).episode("PLACE", "K2", "DEC", "01/07/2023", "REC", "X1").episode("DECOM", "01/07/2023", "RNE", "P", "PLACE", "A5")),
                RuleCase.of("353", "an episode dated before the Children Act came into force (14 October 1991)",
                        child(2024).episode("DECOM", "14/10/1991"),
                        child(2024).episode("DECOM", "13/10/1991")),
                RuleCase.of("355", "an episode that began and ceased on the same day",
                        child(2024).episode("DECOM", "01/05/2023", "DEC", "02/05/2023", "REC", "E4A"),
                        child(2024).episode("DECOM", "01/05/2023", "DEC", "1/5/2023", "REC", "E4A")),
                RuleCase.of("357", "a child's first episode, begun in the year, coded as a change of placement",
                        child(2024).episode("RNE", "S"),
                        child(2024).episode("RNE", "P")),
                RuleCase.of("361", "police protection (L1) for more than 72 hours",
                        child(2024).episode("LS", "L1", "DEC", "04/05/2023", "REC", "E4A"),
                        child(2024).episode("LS", "L1", "DEC", "05/05/2023", "REC", "E4A")),
                RuleCase.of("361", "police protection (L1) over two episodes, more than 72 hours in all",
                        child(2024).episode("LS", "L1", "DEC", "03/05/2023", "REC", "X1")
                                .episode("DECOM", "03/05/2023", "RNE", "L", "LS", "L2", "DEC", "05/05/2023", "REC", "E4A"),
                        child(2024).episode("LS", "L1", "DEC", "03/05/2023", "REC", "X1")
                                .episode("DECOM", "03/05/2023", "RNE", "L", "LS", "L1", "DEC", "05/05/2023", "REC", "E4A")),
                RuleCase.of("362", "an emergency protection order (L2) for more than 21 days",
                        child(2024).episode("LS", "L2", "DEC", "22/05/2023", "REC", "E4A"),
                        child(2024).episode("LS", "L2", "DEC", "23/05/2023", "REC", "E4A")),
                RuleCase.of("363", "a child assessment order (L3) for more than 7 days",
                        child(2024).episode("LS", "L3", "DEC", "08/05/2023", "REC", "E4A"),
                        child(2024).episode("LS", "L3", "DEC", "09/05/2023", "REC", "E4A")),
                RuleCase.of("364", "detained under PACE (J2) for more than 21 days",
                        child(2024).episode("LS", "J2", "DEC", "22/05/2023", "REC", "E4A"),
                        child(2024).episode("LS", "J2", "DEC", "23/05/2023", "REC", "E4A")),
                RuleCase.of("364", "detained under PACE (J2), still open at the year's end, for more than 21 days",
                        child(2024).episode("LS", "J2", "DECOM", "15/03/2024"),
                        child(2024).episode("LS", "J2", "DECOM", "01/03/2024")),
                RuleCase.of("365", "a single short break (V3) of more than 17 days",
                        child(2024).episode("LS", "V3", "DEC", "18/05/2023", "REC", "E4A"),
                        child(2024).episode("LS", "V3", "DEC", "19/05/2023", "REC", "E4A")),
                RuleCase.of("366", "a short break (V3) recorded as a change of placement",
                        child(2024).episode("LS", "V3", "RNE", "S", "DEC", "03/05/2023", "REC", "E4A"),
                        child(2024).episode("LS", "V3", "RNE", "P", "DEC", "03/05/2023", "REC", "E4A")),
                RuleCase.of("367", "short breaks (V3) adding up to more than 75 days in the year",
                        breaks(child(2024), "16/09/2023"),
                        breaks(child(2024), "17/09/2023")),
                RuleCase.of("367", "short breaks adding up to more than 75 days, one begun before the year",
                        breaks(child(2024), "16/09/2023").episode("DECOM", "01/03/2023", "LS", "V3", "DEC", "01/04/2023", "REC", "E4A"),
                        breaks(child(2024), "16/09/2023").episode("DECOM", "01/03/2023", "LS", "V3", "DEC", "02/04/2023", "REC", "E4A")),
                RuleCase.of("377", "three temporary placements for the foster carers' holiday (T3) in the year",
                        holidays(child(2024), "T2"),
                        holidays(child(2024), "T3")),
                RuleCase.of("378", "placed with parents (P1) while accommodated under section 20 (V2)",
                        child(2024).episode("PLACE", "P1", "LS", "C2"),
                        child(2024).episode("PLACE", "P1", "LS", "V2")),
                RuleCase.of("380", "a period of care that starts in a temporary placement",
                        child(2024).episode("PLACE", "T1", "RNE", "P"),
                        child(2024).episode("PLACE", "T1", "RNE", "S")),
                RuleCase.of("381", "a period of care that ends in a temporary placement",
                        child(2024).episode("PLACE", "T1", "RNE", "P", "DEC", "01/07/2023", "REC", "X1"),
                        child(2024).episode("PLACE", "T1", "RNE", "P", "DEC", "01/07/2023", "REC", "E4A")),
                RuleCase.of("382", "a short break (V3) in a temporary placement",
                        child(2024).episode("LS", "V3", "PLACE", "U3"),
                        child(2024).episode("LS", "V3", "PLACE", "T1")),
                RuleCase.of("383", "after a temporary placement the child goes to a different placement",
                        temporaryThen(child(2024), "P", "U4"),
                        temporaryThen(child(2024), "P", "U5")),
                RuleCase.of("383", "the return from a temporary placement is not coded as a change of placement",
                        temporaryThen(child(2024), "P", "U4"),
                        temporaryThen(child(2024), "B", "U4")),
                RuleCase.of("384", "a short break (V3) with long-term foster carers (U4)",
                        child(2024).episode("LS", "V3", "PLACE", "U3"),
                        child(2024).episode("LS", "V3", "PLACE", "U4")),
                RuleCase.of("390", "adopted (E11) from a placement that is not one for adoption",
                        child(2024).episode("PLACE", "A5", "DEC", "01/02/2024", "REC", "E11"),
                        child(2024).episode("PLACE", "U4", "DEC", "01/02/2024", "REC", "E11")),
                RuleCase.of("392b", "a looked-after child with no home postcode",
                        child(2024).episode(),
                        child(2024).episode("HOME_POST", "")),
                RuleCase.of("392b", "a child unaccompanied and asylum-seeking last year with no home postcode is not asked for one",
                        child(2024).episode("HOME_POST", "").previous(child(2023).row(ReturnFile.UASC, "SEX", "1", "DUC", "01/06/2030")),
                        child(2024).episode("HOME_POST", "").previous(child(2023).supplying(ReturnFile.UASC))),
                RuleCase.of("392d", "a foster placement (U4) at the child's home postcode",
                        child(2024).episode("HOME_POST", "TQ1 3AB", "PL_POST", "TQ2 5AA"),
                        child(2024).episode("HOME_POST", "TQ1 3AB", "PL_POST", "tq13ab")),
                RuleCase.of("392d", "placed with parents (P1) at the home postcode is as it should be",
                        child(2024).episode("PLACE", "P1", "HOME_POST", "TQ1 3AB", "PL_POST", "TQ1 3AB"),
                        child(2024).episode("PLACE", "U4", "HOME_POST", "TQ1 3AB", "PL_POST", "TQ1 3AB")),
                RuleCase.of("398", "a short break (V3) with a home postcode",
                        child(2024).episode("LS", "V3", "HOME_POST", "", "PL_POST", "", "URN", ""),
                        child(2024).episode("LS", "V3", "HOME_POST", "TQ1 3AB", "PL_POST", "", "URN", "")));
    }

    /** Five short breaks of 15 days, the last ending on {@code lastEnds}. */
    private static ReturnBuilder breaks(ReturnBuilder child, String lastEnds) {
        String[][] breaks = {{"01/05/2023", "16/05/2023"}, {"01/06/2023", "16/06/2023"}, {"01/07/2023", "16/07/2023"},
                {"01/08/2023", "16/08/2023"}, {"01/09/2023", lastEnds}};
        for (String[] b : breaks) child.episode("DECOM", b[0], "LS", "V3", "DEC", b[1], "REC", "E4A");
        return child;
    }

    /** A foster placement interrupted by three temporary placements: two for the carers' holiday (T3) and the third {@code third}. */
    private static ReturnBuilder holidays(ReturnBuilder child, String third) {
        String[][] spells = {{"01/05/2023", "01/06/2023", "U4"}, {"01/06/2023", "08/06/2023", "T3"}, {"08/06/2023", "01/08/2023", "U4"},
                {"01/08/2023", "08/08/2023", "T3"}, {"08/08/2023", "01/10/2023", "U4"}, {"01/10/2023", "08/10/2023", third}};
        for (int i = 0; i < spells.length; i++) {
            child.episode("DECOM", spells[i][0], "RNE", i == 0 ? "S" : "P", "PLACE", spells[i][2], "DEC", spells[i][1], "REC", "X1");
        }
        return child.episode("DECOM", "08/10/2023", "RNE", "P", "PLACE", "U4");
    }

    /** A foster placement (U4), a temporary one (T1), then the episode after it. */
    private static ReturnBuilder temporaryThen(ReturnBuilder child, String rne, String place) {
        return child.episode("PLACE", "U4", "DEC", "01/07/2023", "REC", "X1")
                .episode("DECOM", "01/07/2023", "RNE", "P", "PLACE", "T1", "DEC", "15/07/2023", "REC", "X1")
                .episode("DECOM", "15/07/2023", "RNE", rne, "PLACE", place);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void each_rule_accepts_its_passing_return_and_finds_its_failing_one(RuleCase c) {
        RuleCases.judge(c);
    }

    @Test
    void every_episode_rule_has_a_scenario() {
        RuleCases.everyRuleHasACase(EpisodeRules.ALL, cases());
    }

    @Test
    void a_spell_under_police_protection_is_reported_at_each_of_its_episodes() {
        ReturnBuilder child = child(2024).episode("LS", "L1", "DEC", "03/05/2023", "REC", "X1")
                .episode("DECOM", "03/05/2023", "RNE", "L", "LS", "L1", "DEC", "05/05/2023", "REC", "E4A");
        assertThat(RuleCases.problemsOf("361", child)).hasSize(2)
                .allSatisfy(p -> assertThat(p.message()).contains("from 01/05/2023 to 05/05/2023, 4 days"));
    }

    @Test
    void only_this_years_episodes_are_reported_after_an_adoption() {
        ReturnBuilder child = child(2024).episode().episode("DECOM", "01/09/2023")
                .previous(child(2023).episode("PLACE", "A5", "DEC", "01/02/2023", "REC", "E11").episode("DECOM", "01/03/2023"));
        assertThat(RuleCases.problemsOf("199", child)).hasSize(2);
    }
}
