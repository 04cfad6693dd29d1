package org.placementledger.commandside.ssda903.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.placementledger.commandside.ssda903.rules.ReturnBuilder.child;

/** The rules reading episodes with the header, each with a return it accepts and one it finds broken. */
class EpisodeHeaderRulesTest {

    /** A child of the year ending 31 March {@code endYear} born on {@code dob}. */
    private static ReturnBuilder born(int endYear, String dob, String... header) {
        String[] all = new String[header.length + 2];
        all[0] = "DOB";
        all[1] = dob;
        System.arraycopy(header, 0, all, 2, header.length);
        return child(endYear).header(all);
    }

    /** A girl born 01/06/2005 with the mother field as given (blank: not completed). */
    private static ReturnBuilder girl(int endYear, String sex, String mother) {
        return born(endYear, "01/06/2005", "SEX", sex, "MOTHER", mother);
    }

    static List<RuleCase> cases() {
        return List.of(
                RuleCase.of("207", "a mother last year recorded as not a mother this year",
                        born(2024, "01/06/2005", "SEX", "2", "MOTHER", "1", "MC_DOB", "01/02/2022").episode()
                                .previous(born(2023, "01/06/2005", "SEX", "2", "MOTHER", "1", "MC_DOB", "01/02/2022")),
                        born(2024, "01/06/2005", "SEX", "2", "MOTHER", "0", "MC_DOB", "01/02/2022").episode()
                                .previous(born(2023, "01/06/2005", "SEX", "2", "MOTHER", "1", "MC_DOB", "01/02/2022"))),
                RuleCase.of("210", "UPN UN4 for a child looked after from more than a week before 31 March",
                        child(2024).header("UPN", "UN4").episode("DECOM", "24/03/2024"),
                        child(2024).header("UPN", "UN4").episode("DECOM", "23/03/2024")),
                RuleCase.of("210", "UPN UN4 for a child in care since May whose placement changed on 25 March",
                        child(2024).header("UPN", "UN4").episode("DEC", "01/06/2023", "REC", "E8")
                                .episode("DECOM", "25/03/2024", "RNE", "S", "PLACE", "U5"),
                        child(2024).header("UPN", "UN4").episode("DEC", "25/03/2024", "REC", "X1")
                                .episode("DECOM", "25/03/2024", "RNE", "P", "PLACE", "U5")),
                RuleCase.of("352", "a young person who started to be looked after on the 18th birthday",
                        born(2024, "01/06/2005").episode("DECOM", "31/05/2023"),
                        born(2024, "01/06/2005").episode("DECOM", "01/06/2023")),
                RuleCase.of("358", "a remand (J2) on the 10th birthday",
                        born(2024, "01/06/2013").episode("DECOM", "02/06/2023", "LS", "J2"),
                        born(2024, "01/06/2013").episode("DECOM", "01/06/2023", "LS", "J2")),
                RuleCase.of("359", "a young person of 18 still looked after at 31 March, not under V2 in a children's home",
                        born(2024, "01/06/2005").episode("LS", "V2", "PLACE", "K2"),
                        born(2024, "01/06/2005").episode("LS", "C2", "PLACE", "K2")),
                RuleCase.of("370", "independent living (P2) the day before the 16th birthday",
                        born(2024, "01/06/2007").episode("DECOM", "01/06/2023", "PLACE", "P2"),
                        born(2024, "01/06/2007").episode("DECOM", "31/05/2023", "PLACE", "P2")),
                RuleCase.of("371", "semi-independent living (H5) the day before the 16th birthday",
                        born(2024, "01/06/2007").episode("DECOM", "01/06/2023", "PLACE", "H5"),
                        born(2024, "01/06/2007").episode("DECOM", "31/05/2023", "PLACE", "H5")),
                RuleCase.of("371", "supported accommodation (K3) the day before the 16th birthday, in 2024-25",
                        born(2025, "01/06/2008").episode("DECOM", "01/06/2024", "PLACE", "K3"),
                        born(2025, "01/06/2008").episode("DECOM", "31/05/2024", "PLACE", "K3")),
                RuleCase.of("371", "a 15-year-old placed in H5: the rule reads H5 up to 2023-24, K3 from 2024-25",
                        born(2025, "01/06/2008").episode("DECOM", "31/05/2023", "PLACE", "H5"),
                        born(2024, "01/06/2008").episode("DECOM", "31/05/2023", "PLACE", "H5")),
                RuleCase.of("372", "youth custody (R5) before the 10th birthday",
                        born(2024, "01/06/2013").episode("DECOM", "01/06/2023", "PLACE", "R5"),
                        born(2024, "01/06/2013").episode("DECOM", "31/05/2023", "PLACE", "R5")),
                RuleCase.of("373", "a residential school (S1) before the 4th birthday",
                        born(2024, "01/06/2019").episode("DECOM", "01/06/2023", "PLACE", "S1"),
                        born(2024, "01/06/2019").episode("DECOM", "31/05/2023", "PLACE", "S1")),
                RuleCase.of("374", "residential employment (P3) before the 14th birthday",
                        born(2024, "01/06/2009").episode("DECOM", "01/06/2023", "PLACE", "P3"),
                        born(2024, "01/06/2009").episode("DECOM", "31/05/2023", "PLACE", "P3")),
                RuleCase.of("375", "a hospital stay (T1) of 43 days",
                        child(2024).episode("PLACE", "T1", "DEC", "12/06/2023", "REC", "X1"),
                        child(2024).episode("PLACE", "T1", "DEC", "13/06/2023", "REC", "X1")),
                RuleCase.of("376", "a foster carer's holiday (T3) of 22 days",
                        child(2024).episode("PLACE", "T3", "DEC", "22/05/2023", "REC", "X1"),
                        child(2024).episode("PLACE", "T3", "DEC", "23/05/2023", "REC", "X1")),
                RuleCase.of("379", "a temporary placement (T4) of 8 days",
                        child(2024).episode("PLACE", "T4", "DEC", "08/05/2023", "REC", "X1"),
                        child(2024).episode("PLACE", "T4", "DEC", "09/05/2023", "REC", "X1")),
                RuleCase.of("386", "adopted (E11) on the 18th birthday",
                        born(2024, "01/06/2005").episode("DEC", "31/05/2023", "REC", "E11"),
                        born(2024, "01/06/2005").episode("DEC", "01/06/2023", "REC", "E11")),
                RuleCase.of("387", "moved into independent living (E5) the day before the 14th birthday",
                        born(2024, "01/06/2009").episode("DEC", "01/06/2023", "REC", "E5"),
                        born(2024, "01/06/2009").episode("DEC", "31/05/2023", "REC", "E5")),
                RuleCase.of("389", "transferred to adult social care (E7) the day before the 16th birthday",
                        born(2024, "01/06/2007").episode("DEC", "01/06/2023", "REC", "E7"),
                        born(2024, "01/06/2007").episode("DEC", "31/05/2023", "REC", "E7")),
                RuleCase.of("393", "a girl looked after with the mother field blank",
                        girl(2024, "2", "0").episode(),
                        girl(2024, "2", "").episode()),
                RuleCase.of("393", "a girl looked after only for short breaks (V3) needs no mother field",
                        girl(2024, "2", "").episode("LS", "V3"),
                        girl(2024, "2", "").episode("LS", "V4").episode("DECOM", "01/09/2023", "LS", "C2")),
                RuleCase.of("393", "a girl looked after with the mother field blank, in the codes of 2024-25",
                        girl(2025, "F", "0").episode(),
                        girl(2025, "F", "").episode()),
                RuleCase.of("393", "a girl written 2 is read as a girl up to 2023-24 (in 2024-25 2 is not a code: rule 101)",
                        girl(2025, "2", "").episode(),
                        girl(2024, "2", "").episode()),
                RuleCase.of("407", "a special guardianship order (E45) the day after the 18th birthday",
                        born(2024, "01/06/2005").episode("DEC", "01/06/2023", "REC", "E45"),
                        born(2024, "01/06/2005").episode("DEC", "02/06/2023", "REC", "E45")),
                RuleCase.of("442", "a child looked after with no UPN",
                        child(2024).episode(),
                        child(2024).header("UPN", "").episode()),
                RuleCase.of("442", "a child looked after only for short breaks (V4) needs no UPN",
                        child(2024).header("UPN", "").episode("LS", "V4"),
                        child(2024).header("UPN", "").episode("LS", "C2")),
                RuleCase.of("460", "staying with carers at 18 (E17) the day before the 18th birthday",
                        born(2024, "01/06/2005").episode("DEC", "01/06/2023", "REC", "E17"),
                        born(2024, "01/06/2005").episode("DEC", "31/05/2023", "REC", "E17")),
                RuleCase.of("607", "a girl who ceased to be looked after in the year with the mother field blank",
                        girl(2024, "2", "0").episode("DEC", "01/09/2023", "REC", "E8"),
                        girl(2024, "2", "").episode("DEC", "01/09/2023", "REC", "E8")),
                RuleCase.of("607", "a girl who ceased to be looked after in the year with the mother field blank, in the codes of 2024-25",
                        girl(2025, "F", "0").episode("DEC", "01/09/2024", "REC", "E8"),
                        girl(2025, "F", "").episode("DEC", "01/09/2024", "REC", "E8")),
                RuleCase.of("607", "a girl written 2 is read as a girl up to 2023-24 (in 2024-25 2 is not a code: rule 101)",
                        girl(2025, "2", "").episode("DEC", "01/09/2024", "REC", "E8"),
                        girl(2024, "2", "").episode("DEC", "01/09/2023", "REC", "E8")),
                RuleCase.of("625", "a mother's child born after she ceased to be looked after",
                        born(2024, "01/06/2005", "SEX", "2", "MOTHER", "1", "MC_DOB", "01/09/2023").episode("DEC", "01/09/2023", "REC", "E8"),
                        born(2024, "01/06/2005", "SEX", "2", "MOTHER", "1", "MC_DOB", "02/09/2023").episode("DEC", "01/09/2023", "REC", "E8")),
                RuleCase.of("625", "a mother's child born after the year ended",
                        born(2024, "01/06/2005", "SEX", "2", "MOTHER", "1", "MC_DOB", "31/03/2024").episode(),
                        born(2024, "01/06/2005", "SEX", "2", "MOTHER", "1", "MC_DOB", "01/04/2024").episode()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void each_rule_accepts_its_passing_return_and_finds_its_failing_one(RuleCase c) {
        RuleCases.judge(c);
    }

    @Test
    void every_episode_and_header_rule_has_a_scenario() {
        RuleCases.everyRuleHasACase(EpisodeHeaderRules.ALL, cases());
    }
}
