package org.placementledger.commandside.ssda903.rules;

import org.placementledger.events.ssda903.ReturnFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.placementledger.commandside.ssda903.rules.ReturnBuilder.child;
import static org.placementledger.events.ssda903.ReturnFile.HEADER;
import static org.placementledger.events.ssda903.ReturnFile.UASC;

/** The header's rules, each with a return it accepts and one it finds broken. */
class HeaderRulesTest {

    /** A young mother of 2023-24 (born 01/06/2005), whose child was born 01/02/2023. */
    private static ReturnBuilder mother(int endYear, String... more) {
        String[] base = {"SEX", endYear >= 2025 ? "F" : "2", "DOB", "01/06/2005", "MOTHER", "1", "MC_DOB", "01/02/2023"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return child(endYear).header(all);
    }

    /** A young person born 01/06/2004, 18 on 01/06/2022 (in 2022-23). */
    private static ReturnBuilder uascAt18(int endYear, String duc) {
        return child(endYear).header("DOB", "01/06/2004").row(UASC, "SEX", "1", "DUC", duc);
    }

    static List<RuleCase> cases() {
        return List.of(
                RuleCase.of("104", "a UASC status ceasing date that is not a date",
                        child(2024).row(UASC, "SEX", "1", "DUC", "30/06/2023"),
                        child(2024).row(UASC, "SEX", "1", "DUC", "31/06/2023")),
                RuleCase.of("104", "a UASC status that ceased before the collection year began",
                        child(2024).row(UASC, "SEX", "1", "DUC", "01/04/2023"),
                        child(2024).row(UASC, "SEX", "1", "DUC", "31/03/2023")),
                RuleCase.of("168", "a UPN that begins with the letter I",
                        child(2024).header("UPN", "A123456789012"),
                        child(2024).header("UPN", "I123456789012")),
                RuleCase.of("168", "an unknown UPN code UN6, which DfE does not have",
                        child(2024).header("UPN", "UN5"),
                        child(2024).header("UPN", "UN6")),
                RuleCase.of("171", "a mother's child born on 30 February",
                        mother(2024, "MC_DOB", "28/02/2023"),
                        mother(2024, "MC_DOB", "30/02/2023")),
                RuleCase.of("174", "a boy recorded with a child's date of birth",
                        child(2024).header("SEX", "2", "MOTHER", "1", "MC_DOB", "01/02/2023", "DOB", "01/06/2005"),
                        child(2024).header("SEX", "1", "MC_DOB", "01/02/2023", "DOB", "01/06/2005")),
                RuleCase.of("174", "a boy recorded with a child's date of birth, in the codes of 2024-25",
                        child(2025).header("SEX", "F", "MOTHER", "1", "MC_DOB", "01/02/2024", "DOB", "01/06/2005"),
                        child(2025).header("SEX", "M", "MC_DOB", "01/02/2024", "DOB", "01/06/2005")),
                RuleCase.of("202", "a boy last year recorded as a girl this year",
                        child(2024).previous(child(2023)),
                        child(2024).header("SEX", "2").previous(child(2023))),
                RuleCase.of("202", "a boy written 1 in 2023-24 and M in 2024-25 agrees; written F does not",
                        child(2025).header("SEX", "M").previous(child(2024).header("SEX", "1")),
                        child(2025).header("SEX", "F").previous(child(2024).header("SEX", "1"))),
                RuleCase.of("203", "a date of birth a day later than last year's",
                        child(2024).previous(child(2023)),
                        child(2024).header("DOB", "02/06/2012").previous(child(2023))),
                RuleCase.of("204", "an ethnicity different from last year's",
                        child(2024).header("ETHNIC", "wbri").previous(child(2023)),
                        child(2024).header("ETHNIC", "WIRI").previous(child(2023))),
                RuleCase.of("205A", "UASC last year, not this year, but last year's return gives no date the status ceased",
                        child(2024).supplying(UASC).previous(child(2023).row(UASC, "SEX", "1", "DUC", "01/06/2022")),
                        child(2024).supplying(UASC).previous(child(2023).row(UASC, "SEX", "1", "DUC", ""))),
                RuleCase.of("205B", "UASC both years, the status ceasing on the 18th birthday last year and on another day this year",
                        uascAt18(2024, "01/06/2022").previous(uascAt18(2023, "01/06/2022")),
                        uascAt18(2024, "01/07/2022").previous(uascAt18(2023, "01/06/2022"))),
                RuleCase.of("205B", "UASC both years, the status ceasing in both a month after the 18th birthday",
                        uascAt18(2024, "01/06/2022").previous(uascAt18(2023, "01/06/2022")),
                        uascAt18(2024, "01/07/2022").previous(uascAt18(2023, "01/07/2022"))),
                RuleCase.of("205D", "UASC this year, though last year's UASC file did not have the child",
                        child(2024).row(UASC, "SEX", "1").previous(child(2023).row(UASC, "SEX", "1")),
                        child(2024).row(UASC, "SEX", "1").previous(child(2023).supplying(UASC))),
                RuleCase.of("208", "a UPN different from last year's",
                        child(2024).previous(child(2023)),
                        child(2024).header("UPN", "A123456789013").previous(child(2023))),
                RuleCase.of("208", "an unknown UPN UN1 may become UN2, but UN2 may not go back to UN1",
                        child(2024).header("UPN", "UN2").previous(child(2023).header("UPN", "UN1")),
                        child(2024).header("UPN", "UN1").previous(child(2023).header("UPN", "UN2"))),
                RuleCase.of("208", "an unknown UPN may become known, but a known one may not become unknown",
                        child(2024).previous(child(2023).header("UPN", "UN3")),
                        child(2024).header("UPN", "UN3").previous(child(2023))),
                RuleCase.of("209", "a child of school age with UPN UN1",
                        child(2024).header("UPN", "UN1", "DOB", "01/09/2018"),
                        child(2024).header("UPN", "UN1", "DOB", "31/08/2018")),
                RuleCase.of("304", "UASC status ceasing the day after the 18th birthday",
                        child(2024).header("DOB", "01/06/2005").row(UASC, "SEX", "1", "DUC", "01/06/2023"),
                        child(2024).header("DOB", "01/06/2005").row(UASC, "SEX", "1", "DUC", "02/06/2023")),
                RuleCase.of("351", "a young person of 26 on 1 April",
                        child(2024).header("DOB", "01/04/1998"),
                        child(2024).header("DOB", "31/03/1998")),
                RuleCase.of("611", "a mother with no date of birth of her child",
                        mother(2024),
                        mother(2024, "MC_DOB", "")),
                RuleCase.of("612", "a girl recorded as not a mother, with a child's date of birth",
                        mother(2024),
                        mother(2024, "MOTHER", "0")),
                RuleCase.of("612", "a girl recorded as not a mother, with a child's date of birth, in the codes of 2024-25",
                        mother(2025, "MC_DOB", "01/02/2024"),
                        mother(2025, "MC_DOB", "01/02/2024", "MOTHER", "")),
                RuleCase.of("612", "a girl written F is read as a girl from 2024-25 (in 2023-24 F is not a code: rule 101)",
                        mother(2024, "SEX", "F", "MOTHER", "0"),
                        mother(2025, "SEX", "F", "MOTHER", "0")),
                RuleCase.of("620", "a mother under 11 on 1 April",
                        mother(2024, "DOB", "01/04/2012"),
                        mother(2024, "DOB", "02/04/2012")),
                RuleCase.of("621", "a mother born after her child",
                        mother(2024, "DOB", "01/02/2005"),
                        mother(2024, "DOB", "01/02/2023")),
                RuleCase.of("624", "a mother's child's date of birth different from last year's",
                        mother(2024, "MC_DOB", "01/02/2022").previous(mother(2023, "MC_DOB", "01/02/2022")),
                        mother(2024, "MC_DOB", "01/03/2022").previous(mother(2023, "MC_DOB", "01/02/2022"))),
                RuleCase.of("626", "not a mother last year, a mother this year of a child born before the year",
                        mother(2024, "MC_DOB", "01/04/2023").previous(mother(2023, "MOTHER", "0", "MC_DOB", "")),
                        mother(2024, "MC_DOB", "31/03/2023").previous(mother(2023, "MOTHER", "0", "MC_DOB", ""))),
                RuleCase.of("EPI", "a child in the header with no episodes",
                        child(2024).episode(),
                        child(2024)),
                RuleCase.of("EPI", "a care leaver in the OC3 file only needs no episodes",
                        child(2024).row(ReturnFile.OC3, "IN_TOUCH", "YES", "ACTIV", "F2", "ACCOM", "S"),
                        child(2024).supplying(ReturnFile.OC3)),
                RuleCase.of("INT09", "a child in the UASC file with no header row",
                        child(2024).row(UASC, "SEX", "1"),
                        child(2024).withoutHeader().row(UASC, "SEX", "1")),
                RuleCase.of("INT18", "a date of birth in the UASC file different from the header's",
                        child(2024).row(UASC, "SEX", "1", "DOB", "01/06/2012"),
                        child(2024).row(UASC, "SEX", "1", "DOB", "02/06/2012")),
                RuleCase.of("INT21", "a sex in the UASC file different from the header's",
                        child(2024).row(UASC, "SEX", "1"),
                        child(2024).row(UASC, "SEX", "2")),
                RuleCase.of("INT32", "a child with two header rows",
                        child(2024),
                        child(2024).row(HEADER, "SEX", "1", "ETHNIC", "WBRI", "UPN", "A123456789012")),
                RuleCase.of("INT36", "a child with two UASC rows",
                        child(2024).row(UASC, "SEX", "1"),
                        child(2024).row(UASC, "SEX", "1").row(UASC, "SEX", "1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void each_rule_accepts_its_passing_return_and_finds_its_failing_one(RuleCase c) {
        RuleCases.judge(c);
    }

    @Test
    void every_header_rule_has_a_scenario() {
        RuleCases.everyRuleHasACase(HeaderRules.ALL, cases());
    }
}
