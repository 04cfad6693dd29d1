package org.placementledger.commandside.ssda903.rules;

import org.placementledger.events.ssda903.ReturnFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.placementledger.commandside.ssda903.rules.ReturnBuilder.child;
import static org.placementledger.events.ssda903.ReturnFile.MISSING;
import static org.placementledger.events.ssda903.ReturnFile.SW_EPISODES;

/** The missing file's and the social worker episodes' rules, each with a return it accepts and one it finds broken. */
class MissingAndSocialWorkerRulesTest {

    /** A child of 2023-24 in care from 01/05/2023, still at the year's end. */
    private static ReturnBuilder inCare() {
        return child(2024).episode();
    }

    /** A child of 2023-24 in care from 01/05/2023 to 01/07/2023 (returned home). */
    private static ReturnBuilder leftCareOn1July() {
        return child(2024).episode("DEC", "01/07/2023", "REC", "E11");
    }

    private static String[] period(String missing, String start, String end) {
        return new String[]{"MISSING", missing, "MIS_START", start, "MIS_END", end};
    }

    private static String[] sw(String id, String start, String end, String reason) {
        return new String[]{"SW_ID", id, "SW_DECOM", start, "SW_DEC", end, "SW_REASON", reason};
    }

    static List<RuleCase> cases() {
        return List.of(
                RuleCase.of("1004", "a missing period beginning on 31 June",
                        inCare().row(MISSING, period("M", "10/06/2023", "12/06/2023")),
                        inCare().row(MISSING, period("M", "31/06/2023", "12/06/2023"))),
                RuleCase.of("1005", "a missing period ending in month 13",
                        inCare().row(MISSING, period("M", "10/06/2023", "12/06/2023")),
                        inCare().row(MISSING, period("M", "10/06/2023", "12/13/2023"))),
                RuleCase.of("1006", "a missing period of type X",
                        inCare().row(MISSING, period("A", "10/06/2023", "12/06/2023")),
                        inCare().row(MISSING, period("X", "10/06/2023", "12/06/2023"))),
                RuleCase.of("564", "a child missing, with no date it began",
                        inCare().row(MISSING, period("M", "10/06/2023", "")),
                        inCare().row(MISSING, period("M", "", ""))),
                RuleCase.of("565", "a missing period's start given without saying missing or away",
                        inCare().row(MISSING, period("M", "10/06/2023", "")),
                        inCare().row(MISSING, period("", "10/06/2023", ""))),
                RuleCase.of("566", "a missing period's end given without saying missing or away",
                        inCare().row(MISSING, period("A", "10/06/2023", "12/06/2023")),
                        inCare().row(MISSING, period("", "10/06/2023", "12/06/2023"))),
                RuleCase.of("567", "a missing period that ended before it began",
                        inCare().row(MISSING, period("M", "10/06/2023", "12/06/2023")),
                        inCare().row(MISSING, period("M", "10/06/2023", "09/06/2023"))),
                RuleCase.of("570", "a missing period beginning after the year ended",
                        inCare().row(MISSING, period("M", "31/03/2024", "")),
                        inCare().row(MISSING, period("M", "01/04/2024", ""))),
                RuleCase.of("571", "a missing period ending after the year ended",
                        inCare().row(MISSING, period("M", "10/06/2023", "31/03/2024")),
                        inCare().row(MISSING, period("M", "10/06/2023", "02/04/2024"))),
                RuleCase.of("574", "a second missing period while the first is still open",
                        inCare().row(MISSING, period("M", "10/06/2023", "12/06/2023")).row(MISSING, period("M", "20/06/2023", "22/06/2023")),
                        inCare().row(MISSING, period("M", "10/06/2023", "")).row(MISSING, period("M", "20/06/2023", "22/06/2023"))),
                RuleCase.of("574", "two missing periods that overlap",
                        inCare().row(MISSING, period("M", "10/06/2023", "12/06/2023")).row(MISSING, period("A", "12/06/2023", "14/06/2023")),
                        inCare().row(MISSING, period("M", "10/06/2023", "15/06/2023")).row(MISSING, period("A", "12/06/2023", "14/06/2023"))),
                RuleCase.of("575", "the placement ended while the child was missing, the missing period left open",
                        leftCareOn1July().row(MISSING, period("M", "10/06/2023", "12/06/2023")),
                        leftCareOn1July().row(MISSING, period("M", "10/06/2023", ""))),
                RuleCase.of("576", "missing since 10/03/2023 at last year's end, this year's first period from another day",
                        inCare().row(MISSING, period("M", "10/03/2023", "02/05/2023")).previous(child(2023).episode().row(MISSING, period("M", "10/03/2023", ""))),
                        inCare().row(MISSING, period("M", "01/05/2023", "02/05/2023")).previous(child(2023).episode().row(MISSING, period("M", "10/03/2023", "")))),
                RuleCase.of("577", "a child who left care still recorded missing",
                        leftCareOn1July().row(MISSING, period("M", "10/06/2023", "12/06/2023")),
                        leftCareOn1July().row(MISSING, period("M", "10/06/2023", ""))),
                RuleCase.of("578", "missing from 10/08/2023, after leaving care on 01/07/2023",
                        leftCareOn1July().row(MISSING, period("M", "10/06/2023", "12/06/2023")),
                        leftCareOn1July().row(MISSING, period("M", "10/08/2023", "12/08/2023"))),
                RuleCase.of("580", "missing on the 18th birthday when care ended, not recorded as E8",
                        child(2024).header("DOB", "01/06/2005").episode("DEC", "01/06/2023", "REC", "E8")
                                .row(MISSING, period("M", "20/05/2023", "01/06/2023")),
                        child(2024).header("DOB", "01/06/2005").episode("DEC", "01/06/2023", "REC", "E11")
                                .row(MISSING, period("M", "20/05/2023", "01/06/2023"))),
                RuleCase.of("581", "missing on 10/04/2023, before care began on 01/05/2023",
                        inCare().row(MISSING, period("M", "10/06/2023", "12/06/2023")),
                        inCare().row(MISSING, period("M", "10/04/2023", "12/06/2023"))),
                RuleCase.of("586", "a missing period on the child's date of birth",
                        inCare().row(MISSING, period("M", "02/06/2012", "03/06/2012")),
                        inCare().row(MISSING, period("M", "01/06/2012", "03/06/2012"))),
                RuleCase.of("INT04", "a child in the missing file but not in the header",
                        inCare().row(MISSING, period("M", "10/06/2023", "12/06/2023")),
                        inCare().withoutHeader().row(MISSING, period("M", "10/06/2023", "12/06/2023"))),
                RuleCase.of("INT13", "the missing file gives another date of birth than the header",
                        inCare().row(MISSING, "DOB", "01/06/2012", "MISSING", "M", "MIS_START", "10/06/2023", "MIS_END", "12/06/2023"),
                        inCare().row(MISSING, "DOB", "02/06/2012", "MISSING", "M", "MIS_START", "10/06/2023", "MIS_END", "12/06/2023")),

                RuleCase.of("SW01STG1", "looked after on 31 March with no social worker episode",
                        inCare().row(SW_EPISODES, sw("SW1", "01/05/2023", "", "MANAGE")),
                        inCare().supplying(SW_EPISODES)),
                RuleCase.of("SW02STG1", "a social worker id not beginning SW or XX",
                        inCare().row(SW_EPISODES, sw("XX0001", "01/05/2023", "", "MANAGE")),
                        inCare().row(SW_EPISODES, sw("AB0001", "01/05/2023", "", "MANAGE"))),
                RuleCase.of("SW03STG1", "a social worker episode without a reason for the change",
                        inCare().row(SW_EPISODES, sw("SW1", "01/05/2023", "", "MANAGE")),
                        inCare().row(SW_EPISODES, sw("SW1", "01/05/2023", "", ""))),
                RuleCase.of("SW04STG1", "a social worker episode beginning on 32 May",
                        inCare().row(SW_EPISODES, sw("SW1", "01/05/2023", "", "MANAGE")),
                        inCare().row(SW_EPISODES, sw("SW1", "32/05/2023", "", "MANAGE"))),
                RuleCase.of("SW04STG1", "a social worker episode's start with the day unknown (ZZ) is a date, one in month 13 is not",
                        inCare().row(SW_EPISODES, sw("SW1", "ZZ/05/2023", "", "MANAGE")),
                        inCare().row(SW_EPISODES, sw("SW1", "ZZ/13/2023", "", "MANAGE"))),
                RuleCase.of("SW05STG1", "a social worker episode ending on 31 February",
                        inCare().row(SW_EPISODES, sw("SW1", "01/05/2023", "28/02/2024", "MANAGE")),
                        inCare().row(SW_EPISODES, sw("SW1", "01/05/2023", "31/02/2024", "MANAGE"))),
                RuleCase.of("SW06STG2", "a social worker episode beginning after the year ended",
                        inCare().row(SW_EPISODES, sw("SW1", "31/03/2024", "", "MANAGE")),
                        inCare().row(SW_EPISODES, sw("SW1", "01/04/2024", "", "MANAGE"))),
                RuleCase.of("SW07STG2", "a social worker episode ending before the year began",
                        inCare().row(SW_EPISODES, sw("SW1", "01/05/2022", "01/04/2023", "MANAGE")),
                        inCare().row(SW_EPISODES, sw("SW1", "01/05/2022", "31/03/2023", "MANAGE"))),
                RuleCase.of("SW07STG2", "a social worker episode ending in the year before: accepted in 2024-25, which reports two years, "
                                + "refused in 2023-24",
                        child(2025).episode().row(SW_EPISODES, sw("SW1", "01/05/2023", "01/06/2023", "MANAGE")),
                        inCare().row(SW_EPISODES, sw("SW1", "01/05/2022", "01/06/2022", "MANAGE"))),
                RuleCase.of("SW07STG2", "a social worker episode ending before the reporting period of 2024-25",
                        child(2025).episode().row(SW_EPISODES, sw("SW1", "01/05/2022", "01/04/2023", "MANAGE")),
                        child(2025).episode().row(SW_EPISODES, sw("SW1", "01/05/2022", "31/03/2023", "MANAGE"))),
                RuleCase.of("SW08STG2", "a new social worker while the previous one's episode is still open",
                        inCare().row(SW_EPISODES, sw("SW1", "01/05/2023", "01/07/2023", "MANAGE")).row(SW_EPISODES, sw("SW2", "01/07/2023", "", "LEFTRL")),
                        inCare().row(SW_EPISODES, sw("SW1", "01/05/2023", "", "MANAGE")).row(SW_EPISODES, sw("SW2", "01/07/2023", "", "LEFTRL"))),
                RuleCase.of("SW09STG2", "a social worker episode beginning and ending the same day",
                        inCare().row(SW_EPISODES, sw("SW1", "01/05/2023", "02/05/2023", "MANAGE")).row(SW_EPISODES, sw("SW2", "02/05/2023", "", "LEFTRL")),
                        inCare().row(SW_EPISODES, sw("SW1", "01/05/2023", "01/05/2023", "MANAGE")).row(SW_EPISODES, sw("SW2", "02/05/2023", "", "LEFTRL"))),
                RuleCase.of("SW10STG2", "the next social worker begins two months after the previous one left",
                        inCare().row(SW_EPISODES, sw("SW1", "01/05/2023", "01/07/2023", "MANAGE")).row(SW_EPISODES, sw("SW2", "03/07/2023", "", "LEFTRL")),
                        inCare().row(SW_EPISODES, sw("SW1", "01/05/2023", "01/07/2023", "MANAGE")).row(SW_EPISODES, sw("SW2", "01/09/2023", "", "LEFTRL"))),
                RuleCase.of("SW10STG2", "a social worker back after a gap when the family asked for the change (FCONTA): accepted in 2024-25, "
                                + "refused in 2023-24",
                        child(2025).episode().row(SW_EPISODES, sw("SW1", "01/05/2024", "01/07/2024", "MANAGE"))
                                .row(SW_EPISODES, sw("SW2", "01/09/2024", "", "FCONTA")),
                        inCare().row(SW_EPISODES, sw("SW1", "01/05/2023", "01/07/2023", "MANAGE")).row(SW_EPISODES, sw("SW2", "01/09/2023", "", "FCONTA"))),
                RuleCase.of("SW10STG2", "the next social worker begins two months after the previous one left, in 2024-25",
                        child(2025).episode().row(SW_EPISODES, sw("SW1", "01/05/2024", "01/07/2024", "MANAGE"))
                                .row(SW_EPISODES, sw("SW2", "03/07/2024", "", "LEFTRL")),
                        child(2025).episode().row(SW_EPISODES, sw("SW1", "01/05/2024", "01/07/2024", "MANAGE"))
                                .row(SW_EPISODES, sw("SW2", "01/09/2024", "", "LEFTRL"))),
                RuleCase.of("SW11STG2", "a social worker left in July and no one followed",
                        inCare().row(SW_EPISODES, sw("SW1", "01/05/2023", "01/07/2023", "MANAGE")).row(SW_EPISODES, sw("SW2", "03/07/2023", "", "LEFTRL")),
                        inCare().row(SW_EPISODES, sw("SW1", "01/05/2023", "01/07/2023", "MANAGE"))),
                RuleCase.of("SW13STG1", "a reason for social worker change that is not a code",
                        inCare().row(SW_EPISODES, sw("SW1", "01/05/2023", "", "MANAGE")),
                        inCare().row(SW_EPISODES, sw("SW1", "01/05/2023", "", "HOLIDAY"))),
                RuleCase.of("SW13STG1", "no reason given for a social worker allocated before April 2023: accepted in 2024-25, refused in 2023-24",
                        child(2025).episode().row(SW_EPISODES, sw("SW1", "01/01/2023", "", "")),
                        inCare().row(SW_EPISODES, sw("SW1", "01/01/2023", "", ""))),
                RuleCase.of("SW13STG1", "no reason given for a social worker allocated in 2024-25",
                        child(2025).episode().row(SW_EPISODES, sw("SW1", "01/05/2024", "", "MANAGE")),
                        child(2025).episode().row(SW_EPISODES, sw("SW1", "01/05/2024", "", ""))),
                RuleCase.of("SW14STG2", "an earlier social worker episode left without an end",
                        inCare().row(SW_EPISODES, sw("SW1", "01/05/2023", "01/07/2023", "MANAGE")).row(SW_EPISODES, sw("SW2", "01/07/2023", "", "LEFTRL")),
                        inCare().row(SW_EPISODES, sw("SW1", "01/05/2023", "", "MANAGE")).row(SW_EPISODES, sw("SW2", "01/07/2023", "", "LEFTRL"))),
                RuleCase.of("SW15STG2", "no reason given for a social worker allocated in the reporting period of 2024-25",
                        child(2025).episode().row(SW_EPISODES, sw("SW1", "01/05/2023", "", "MANAGE")),
                        child(2025).episode().row(SW_EPISODES, sw("SW1", "01/05/2023", "", ""))),
                RuleCase.of("SW16aSTG2", "the social worker open at last year's end comes back under another id",
                        child(2025).episode().row(SW_EPISODES, sw("SW1", "01/05/2023", "", "MANAGE"))
                                .previous(inCare().row(SW_EPISODES, sw("SW1", "01/05/2023", "", "MANAGE"))),
                        child(2025).episode().row(SW_EPISODES, sw("SW2", "01/05/2023", "", "MANAGE"))
                                .previous(inCare().row(SW_EPISODES, sw("SW1", "01/05/2023", "", "MANAGE")))),
                RuleCase.of("SW16bSTG2", "the social worker open at last year's end comes back with another start date",
                        child(2025).episode().row(SW_EPISODES, sw("SW1", "01/05/2023", "", "MANAGE"))
                                .previous(inCare().row(SW_EPISODES, sw("SW1", "01/05/2023", "", "MANAGE"))),
                        child(2025).episode().row(SW_EPISODES, sw("SW1", "02/05/2023", "", "MANAGE"))
                                .previous(inCare().row(SW_EPISODES, sw("SW1", "01/05/2023", "", "MANAGE")))),
                RuleCase.of("SW16cSTG2", "the social worker open at last year's end comes back with another reason for the change",
                        child(2025).episode().row(SW_EPISODES, sw("SW1", "01/05/2023", "", "MANAGE"))
                                .previous(inCare().row(SW_EPISODES, sw("SW1", "01/05/2023", "", "MANAGE"))),
                        child(2025).episode().row(SW_EPISODES, sw("SW1", "01/05/2023", "", "OTHERS"))
                                .previous(inCare().row(SW_EPISODES, sw("SW1", "01/05/2023", "", "MANAGE")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void each_rule_accepts_its_passing_return_and_finds_its_failing_one(RuleCase c) {
        RuleCases.judge(c);
    }

    @Test
    void every_missing_and_social_worker_rule_has_a_scenario() {
        RuleCases.everyRuleHasACase(MissingAndSocialWorkerRules.ALL, cases());
    }

    @Test
    void a_return_without_the_missing_or_social_worker_file_is_not_refused_for_them() {
        assertThat(RuleCases.problemsOf("SW01STG1", inCare())).isEmpty();
        assertThat(RuleCases.problemsOf("577", leftCareOn1July())).isEmpty();
    }

    @Test
    void last_years_open_periods_are_not_compared_without_last_years_return() {
        assertThat(RuleCases.problemsOf("576", inCare().row(MISSING, period("M", "01/05/2023", "02/05/2023")))).isEmpty();
        assertThat(RuleCases.problemsOf("SW16aSTG2", child(2025).episode().row(SW_EPISODES, sw("SW2", "01/05/2023", "", "MANAGE")))).isEmpty();
    }
}
