package org.placementledger.commandside.ssda903.rules;

import org.placementledger.events.ssda903.ReturnFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;

import static org.placementledger.commandside.ssda903.rules.ReturnBuilder.child;
import static org.placementledger.events.ssda903.ReturnFile.AD1;
import static org.placementledger.events.ssda903.ReturnFile.OC2;
import static org.placementledger.events.ssda903.ReturnFile.OC3;
import static org.placementledger.events.ssda903.ReturnFile.UASC;

/**
 * The rules of the outcomes files (OC2, OC3), each with a return it accepts and one it finds broken. The returns
 * are of 2023-24 (1 April 2023 to 31 March 2024) unless a scenario says otherwise.
 */
class OutcomeRulesTest {

    /** Care leaver information, all of it given. */
    private static final String[] IN_TOUCH = {"IN_TOUCH", "YES", "ACTIV", "F1", "ACCOM", "B1"};
    /** The OC2 items of a child of 11 looked after all year, all given. */
    private static final String[] OC2_ITEMS = {"SDQ_SCORE", "12", "CONVICTED", "0", "IMMUNISATIONS", "1", "TEETH_CHECK", "1",
            "HEALTH_ASSESSMENT", "1", "SUBSTANCE_MISUSE", "0"};

    /** A young person of 18 at 31 March 2024 (born 01/06/2005), with no episodes yet. */
    private static ReturnBuilder youngPersonOf18() {
        return child(2024).header("DOB", "01/06/2005");
    }

    /** A child (born 01/06/2012 unless given) in care since May 2022 and all of 2023-24, in one open episode. */
    private static ReturnBuilder inCareAllYear(String... header) {
        return child(2024).header(header).episode("DECOM", "01/05/2022");
    }

    /** Last year's (2022-23) return of the young person of 18, with these episodes (DECOM, DEC, REC each). */
    private static ReturnBuilder lastYear(String... decomDecRec) {
        ReturnBuilder b = child(2023).header("DOB", "01/06/2005");
        for (int i = 0; i < decomDecRec.length; i += 3) b.episode("DECOM", decomDecRec[i], "DEC", decomDecRec[i + 1], "REC", decomDecRec[i + 2]);
        return b;
    }

    static List<RuleCase> cases() {
        List<RuleCase> c = new ArrayList<>();
        careLeaversAndTheirEpisodes(c);
        careLeaverCodes(c);
        careLeaversAndOtherFiles(c);
        oc2Items(c);
        twelveMonthsLookedAfter(c);
        lookedAfterForTwelveMonths(c);
        internalChecks(c);
        return c;
    }

    private static void careLeaversAndTheirEpisodes(List<RuleCase> c) {
        c.add(RuleCase.of("1000", "care leaver information for a young person whose care ended in death this year",
                youngPersonOf18().episode("DECOM", "01/05/2022", "DEC", "01/09/2023", "REC", "E4A").row(OC3, IN_TOUCH),
                youngPersonOf18().episode("DECOM", "01/05/2022", "DEC", "01/09/2023", "REC", "E2").row(OC3, IN_TOUCH)));
        c.add(RuleCase.of("1000", "care leaver information for a young person whose care ended in death last year",
                youngPersonOf18().previous(lastYear("01/05/2021", "01/09/2022", "E4A")).row(OC3, IN_TOUCH),
                youngPersonOf18().previous(lastYear("01/05/2021", "01/09/2022", "E2")).row(OC3, IN_TOUCH)));
        c.add(RuleCase.of("1001", "a care leaver looked after only two months after 14, by last year's episodes",
                youngPersonOf18().previous(lastYear("01/05/2021", "01/03/2023", "E4A")).row(OC3, IN_TOUCH),
                youngPersonOf18().previous(lastYear("01/01/2023", "01/03/2023", "E4A")).row(OC3, IN_TOUCH)));
        c.add(RuleCase.of("1001", "a care leaver looked after four months at 15, and never after 16",
                youngPersonOf18().previous(lastYear("01/01/2021", "02/06/2021", "E4A")).row(OC3, IN_TOUCH),
                youngPersonOf18().previous(lastYear("01/01/2021", "01/05/2021", "E4A")).row(OC3, IN_TOUCH)));
        c.add(RuleCase.of("1001", "a care leaver whose care ended in adoption",
                youngPersonOf18().previous(lastYear("01/05/2021", "01/03/2023", "E4A")).row(OC3, IN_TOUCH),
                youngPersonOf18().previous(lastYear("01/05/2021", "01/03/2023", "E11")).row(OC3, IN_TOUCH)));
        c.add(RuleCase.of("1001", "a care leaver's episode open at last year's end, repeated this year and ended a month later, is under 13 weeks",
                youngPersonOf18().previous(lastYear("01/03/2023", "", "")).episode("DECOM", "01/03/2023", "DEC", "15/06/2023", "REC", "E4A").row(OC3, IN_TOUCH),
                youngPersonOf18().previous(lastYear("01/03/2023", "", "")).episode("DECOM", "01/03/2023", "DEC", "01/04/2023", "REC", "E4A").row(OC3, IN_TOUCH)));
        c.add(RuleCase.of("1002", "care leaver information for a young person with no episode this year or last",
                youngPersonOf18().previous(lastYear("01/05/2021", "01/03/2023", "E4A")).row(OC3, IN_TOUCH),
                youngPersonOf18().previous(lastYear()).row(OC3, IN_TOUCH)));
        c.add(RuleCase.of("1007", "care leaver information for a 17-year-old still looked after on their 17th birthday",
                child(2024).header("DOB", "01/06/2006").episode("DECOM", "01/05/2022", "DEC", "31/05/2023", "REC", "E4A").row(OC3, IN_TOUCH),
                child(2024).header("DOB", "01/06/2006").episode("DECOM", "01/05/2022", "DEC", "02/06/2023", "REC", "E4A").row(OC3, IN_TOUCH)));
        c.add(RuleCase.of("1007", "care leaver information for an 18-year-old still in care, the episode open",
                youngPersonOf18().episode("DECOM", "01/05/2022", "DEC", "31/05/2023", "REC", "E4A").row(OC3, IN_TOUCH),
                youngPersonOf18().episode("DECOM", "01/05/2022").row(OC3, IN_TOUCH)));
        c.add(RuleCase.of("1010", "care leaver information, no episode this year, and last year's episode still open at its end",
                youngPersonOf18().previous(lastYear("01/05/2021", "01/03/2023", "E4A")).row(OC3, IN_TOUCH),
                youngPersonOf18().previous(lastYear("01/05/2021", "", "")).row(OC3, IN_TOUCH)));
        c.add(RuleCase.of("1011", "care leaver information for a young person whose care was transferred to another authority",
                youngPersonOf18().episode("DECOM", "01/05/2022", "DEC", "01/07/2023", "REC", "E4A").row(OC3, IN_TOUCH),
                youngPersonOf18().episode("DECOM", "01/05/2022", "DEC", "01/07/2023", "REC", "E3").row(OC3, IN_TOUCH)));
        c.add(RuleCase.of("1014", "UASC information for a care leaver not looked after in the year",
                youngPersonOf18().episode("DECOM", "01/05/2021", "DEC", "01/05/2023", "REC", "E4A").row(UASC, "SEX", "1", "DUC", "01/06/2023").row(OC3, IN_TOUCH),
                youngPersonOf18().episode("DECOM", "01/05/2021", "DEC", "01/03/2023", "REC", "E4A").row(UASC, "SEX", "1", "DUC", "01/06/2023").row(OC3, IN_TOUCH)));
        c.add(RuleCase.of("1016", "care leaver information for a 17-year-old who left care on their 17th birthday",
                child(2024).header("DOB", "01/06/2006").episode("DECOM", "01/05/2022", "DEC", "31/05/2023", "REC", "E4A").row(OC3, IN_TOUCH),
                child(2024).header("DOB", "01/06/2006").episode("DECOM", "01/05/2022", "DEC", "01/06/2023", "REC", "E4A").row(OC3, IN_TOUCH)));
        c.add(RuleCase.of("1016", "care leaver information for an 18-year-old who left care after their 18th birthday",
                youngPersonOf18().episode("DECOM", "01/05/2022", "DEC", "31/05/2023", "REC", "E4A").row(OC3, IN_TOUCH),
                youngPersonOf18().episode("DECOM", "01/05/2022", "DEC", "15/06/2023", "REC", "E4A").row(OC3, IN_TOUCH)));
    }

    private static void careLeaverCodes(List<RuleCase> c) {
        c.add(RuleCase.of("131", "in touch written Y rather than YES",
                youngPersonOf18().row(OC3, "IN_TOUCH", "YES", "ACTIV", "F1", "ACCOM", "B1"),
                youngPersonOf18().row(OC3, "IN_TOUCH", "Y", "ACTIV", "F1", "ACCOM", "B1")));
        c.add(RuleCase.of("131", "in touch left blank",
                youngPersonOf18().row(OC3, "IN_TOUCH", "NO", "ACTIV", "0", "ACCOM", "0"),
                youngPersonOf18().row(OC3, "IN_TOUCH", "", "ACTIV", "0", "ACCOM", "0")));
        c.add(RuleCase.of("132", "an activity code that does not exist",
                youngPersonOf18().row(OC3, "IN_TOUCH", "YES", "ACTIV", "G6", "ACCOM", "B1"),
                youngPersonOf18().row(OC3, "IN_TOUCH", "YES", "ACTIV", "F3", "ACCOM", "B1")));
        c.add(RuleCase.of("133", "a Foyer written T, without whether it is suitable",
                youngPersonOf18().row(OC3, "IN_TOUCH", "YES", "ACTIV", "F1", "ACCOM", "T1"),
                youngPersonOf18().row(OC3, "IN_TOUCH", "YES", "ACTIV", "F1", "ACCOM", "T")));
        c.add(RuleCase.of("153", "in touch and activity given, accommodation left blank",
                youngPersonOf18().row(OC3, "IN_TOUCH", "YES", "ACTIV", "F1", "ACCOM", "B1"),
                youngPersonOf18().row(OC3, "IN_TOUCH", "YES", "ACTIV", "F1", "ACCOM", "")));
        c.add(RuleCase.of("344", "a young person recorded as died, with an activity",
                youngPersonOf18().row(OC3, "IN_TOUCH", "DIED", "ACTIV", "0", "ACCOM", "0"),
                youngPersonOf18().row(OC3, "IN_TOUCH", "DIED", "ACTIV", "F1", "ACCOM", "0")));
        c.add(RuleCase.of("344", "a young person back home with parents, with an accommodation",
                youngPersonOf18().row(OC3, "IN_TOUCH", "RHOM", "ACTIV", "0", "ACCOM", "0"),
                youngPersonOf18().row(OC3, "IN_TOUCH", "RHOM", "ACTIV", "0", "ACCOM", "B1")));
        c.add(RuleCase.of("345", "in touch, but accommodation recorded as 0",
                youngPersonOf18().row(OC3, "IN_TOUCH", "YES", "ACTIV", "F1", "ACCOM", "B1"),
                youngPersonOf18().row(OC3, "IN_TOUCH", "YES", "ACTIV", "F1", "ACCOM", "0")));
        c.add(RuleCase.of("347", "a care leaver of 17 on 1 April living in a Foyer",
                child(2024).header("DOB", "01/04/2005").row(OC3, "IN_TOUCH", "YES", "ACTIV", "F1", "ACCOM", "T1"),
                child(2024).header("DOB", "02/04/2005").row(OC3, "IN_TOUCH", "YES", "ACTIV", "F1", "ACCOM", "T1")));
        c.add(RuleCase.of("391", "care leaver information for a young person who turns 17 only after 31 March",
                child(2024).header("DOB", "31/03/2007").row(OC3, IN_TOUCH),
                child(2024).header("DOB", "01/04/2007").row(OC3, IN_TOUCH)));
    }

    private static void careLeaversAndOtherFiles(List<RuleCase> c) {
        c.add(RuleCase.of("134", "adoption data for a care leaver",
                youngPersonOf18().row(AD1, "DATE_INT", "01/06/2023").supplying(OC3),
                youngPersonOf18().row(AD1, "DATE_INT", "01/06/2023").row(OC3, IN_TOUCH)));
        c.add(RuleCase.of("165", "a girl looked after in the year without her mother status",
                child(2024).header("SEX", "2", "MOTHER", "0").episode().supplying(OC3),
                child(2024).header("SEX", "2").episode().supplying(OC3)));
        c.add(RuleCase.of("165", "a girl looked after in the year without her mother status, in the codes of 2024-25",
                child(2025).header("SEX", "F", "MOTHER", "0").episode().supplying(OC3),
                child(2025).header("SEX", "F").episode().supplying(OC3)));
        c.add(RuleCase.of("165", "a mother status that is not 0 or 1",
                child(2024).header("SEX", "2", "MOTHER", "1").episode().supplying(OC3),
                child(2024).header("SEX", "2", "MOTHER", "2").episode().supplying(OC3)));
        c.add(RuleCase.of("165", "a boy with a mother status",
                child(2024).header("SEX", "1").episode().supplying(OC3),
                child(2024).header("SEX", "1", "MOTHER", "0").episode().supplying(OC3)));
        c.add(RuleCase.of("165", "a care leaver not looked after in the year, with a mother status",
                youngPersonOf18().header("DOB", "01/06/2005", "SEX", "2").episode("DECOM", "01/05/2021", "DEC", "01/03/2023", "REC", "E4A").row(OC3, IN_TOUCH),
                youngPersonOf18().header("DOB", "01/06/2005", "SEX", "2", "MOTHER", "0").episode("DECOM", "01/05/2021", "DEC", "01/03/2023", "REC", "E4A").row(OC3, IN_TOUCH)));
        c.add(RuleCase.of("215", "a care leaver with a conviction item of the 12-month cohort",
                youngPersonOf18().row(OC3, IN_TOUCH).row(OC2),
                youngPersonOf18().row(OC3, IN_TOUCH).row(OC2, "CONVICTED", "0")));
        c.add(RuleCase.of("3001", "a care leaver who turned 17 in the year living with former foster carers",
                child(2024).header("DOB", "01/06/2006").row(OC3, "IN_TOUCH", "YES", "ACTIV", "F1", "ACCOM", "B1"),
                child(2024).header("DOB", "01/06/2006").row(OC3, "IN_TOUCH", "YES", "ACTIV", "F1", "ACCOM", "Z1")));
        c.add(RuleCase.of("628", "a care leaver with no episode in the year, with motherhood details",
                youngPersonOf18().header("DOB", "01/06/2005", "SEX", "2").row(OC3, IN_TOUCH),
                youngPersonOf18().header("DOB", "01/06/2005", "SEX", "2", "MOTHER", "1", "MC_DOB", "01/02/2023").row(OC3, IN_TOUCH)));
    }

    private static void oc2Items(List<RuleCase> c) {
        c.add(RuleCase.of("158", "an intervention received, and whether one was offered also given",
                child(2024).row(OC2, "SUBSTANCE_MISUSE", "1", "INTERVENTION_RECEIVED", "1"),
                child(2024).row(OC2, "SUBSTANCE_MISUSE", "1", "INTERVENTION_RECEIVED", "1", "INTERVENTION_OFFERED", "1")));
        c.add(RuleCase.of("159", "no intervention received, and whether one was offered left blank",
                child(2024).row(OC2, "SUBSTANCE_MISUSE", "1", "INTERVENTION_RECEIVED", "0", "INTERVENTION_OFFERED", "1"),
                child(2024).row(OC2, "SUBSTANCE_MISUSE", "1", "INTERVENTION_RECEIVED", "0")));
        c.add(RuleCase.of("180", "an SDQ score over 40",
                child(2024).row(OC2, "SDQ_SCORE", "40"),
                child(2024).row(OC2, "SDQ_SCORE", "41")));
        c.add(RuleCase.of("180", "an SDQ score that is not a number",
                child(2024).row(OC2, "SDQ_SCORE", "0"),
                child(2024).row(OC2, "SDQ_SCORE", "n/a")));
        c.add(RuleCase.of("181", "a conviction item written Y rather than 1",
                child(2024).row(OC2, "CONVICTED", "1"),
                child(2024).row(OC2, "CONVICTED", "Y")));
        c.add(RuleCase.of("182", "a conviction given but teeth check left blank",
                child(2024).row(OC2, "CONVICTED", "0", "IMMUNISATIONS", "1", "TEETH_CHECK", "1", "HEALTH_ASSESSMENT", "1", "SUBSTANCE_MISUSE", "0"),
                child(2024).row(OC2, "CONVICTED", "0", "IMMUNISATIONS", "1", "HEALTH_ASSESSMENT", "1", "SUBSTANCE_MISUSE", "0")));
        c.add(RuleCase.of("188", "a child of 3 at 31 March with a reason for no SDQ",
                child(2024).header("DOB", "31/03/2020").row(OC2, "SDQ_REASON", "SDQ1"),
                child(2024).header("DOB", "01/04/2020").row(OC2, "SDQ_REASON", "SDQ1")));
        c.add(RuleCase.of("189", "a young person of 17 before 1 April with an SDQ score",
                child(2024).header("DOB", "01/06/2006").row(OC2, "SDQ_SCORE", "12"),
                child(2024).header("DOB", "31/03/2006").row(OC2, "SDQ_SCORE", "12")));
        c.add(RuleCase.of("192", "a substance misuse problem, and whether an intervention was received left blank",
                child(2024).row(OC2, "SUBSTANCE_MISUSE", "1", "INTERVENTION_RECEIVED", "1"),
                child(2024).row(OC2, "SUBSTANCE_MISUSE", "1")));
        c.add(RuleCase.of("193", "no substance misuse problem, but an intervention received",
                child(2024).row(OC2, "SUBSTANCE_MISUSE", "0"),
                child(2024).row(OC2, "SUBSTANCE_MISUSE", "0", "INTERVENTION_RECEIVED", "1")));
        c.add(RuleCase.of("196", "a reason for no SDQ that is not a code",
                child(2024).row(OC2, "SDQ_REASON", "SDQ5"),
                child(2024).row(OC2, "SDQ_REASON", "SDQ6")));
        c.add(RuleCase.of("197a", "both an SDQ score and a reason for none",
                child(2024).row(OC2, "SDQ_SCORE", "12"),
                child(2024).row(OC2, "SDQ_SCORE", "12", "SDQ_REASON", "SDQ2")));
        c.add(RuleCase.of("542", "a child of 9 at 31 March with conviction information",
                child(2024).header("DOB", "31/03/2014").row(OC2, "CONVICTED", "0"),
                child(2024).header("DOB", "01/04/2014").row(OC2, "CONVICTED", "0")));
        c.add(RuleCase.of("544", "convicted, but the health assessment item left blank",
                child(2024).row(OC2, "CONVICTED", "1", "IMMUNISATIONS", "1", "TEETH_CHECK", "1", "HEALTH_ASSESSMENT", "1", "SUBSTANCE_MISUSE", "0"),
                child(2024).row(OC2, "CONVICTED", "1", "IMMUNISATIONS", "1", "TEETH_CHECK", "1", "SUBSTANCE_MISUSE", "0")));
        c.add(RuleCase.of("547", "a health check, but immunisations left blank",
                child(2024).header("DOB", "01/06/2020").row(OC2, "HEALTH_CHECK", "1", "IMMUNISATIONS", "1", "TEETH_CHECK", "1", "HEALTH_ASSESSMENT", "1", "SUBSTANCE_MISUSE", "0"),
                child(2024).header("DOB", "01/06/2020").row(OC2, "HEALTH_CHECK", "1", "TEETH_CHECK", "1", "HEALTH_ASSESSMENT", "1", "SUBSTANCE_MISUSE", "0")));
    }

    /**
     * Who counts as looked after continuously for 12 months at 31 March: each scenario changes one thing of a child
     * in care all year, under rule 190 (items given for a child who does not count) or 191 (items left blank for a
     * child who does).
     */
    private static void twelveMonthsLookedAfter(List<RuleCase> c) {
        c.add(RuleCase.of("190", "12 months: a child who came into care on 2 April",
                child(2024).episode("DECOM", "01/05/2022").row(OC2, OC2_ITEMS),
                child(2024).episode("DECOM", "02/04/2023").row(OC2, OC2_ITEMS)));
        c.add(RuleCase.of("191", "12 months: a child who came into care on 1 April counts as looked after all year",
                child(2024).episode("DECOM", "02/04/2023").row(OC2, "SDQ_SCORE", "12"),
                child(2024).episode("DECOM", "01/04/2023").row(OC2, "SDQ_SCORE", "12")));
        c.add(RuleCase.of("190", "12 months: a child who left care on 30 March",
                child(2024).episode("DECOM", "01/05/2022").row(OC2, OC2_ITEMS),
                child(2024).episode("DECOM", "01/05/2022", "DEC", "30/03/2024", "REC", "E4A").row(OC2, OC2_ITEMS)));
        c.add(RuleCase.of("191", "12 months: a child whose care ended on 31 March itself still counts",
                child(2024).episode("DECOM", "01/05/2022", "DEC", "30/03/2024", "REC", "E4A").row(OC2, "SDQ_SCORE", "12"),
                child(2024).episode("DECOM", "01/05/2022", "DEC", "31/03/2024", "REC", "E4A").row(OC2, "SDQ_SCORE", "12")));
        c.add(RuleCase.of("191", "12 months: a move of placement within care does not break the year",
                child(2024).episode("DECOM", "01/05/2022", "DEC", "01/09/2023", "REC", "E4A").episode("DECOM", "01/09/2023", "RNE", "P")
                        .row(OC2, "SDQ_SCORE", "12"),
                child(2024).episode("DECOM", "01/05/2022", "DEC", "01/09/2023", "REC", "X1").episode("DECOM", "01/09/2023", "RNE", "P")
                        .row(OC2, "SDQ_SCORE", "12")));
        c.add(RuleCase.of("190", "12 months: a child on short breaks (V3) does not count",
                child(2024).episode("DECOM", "01/05/2022", "LS", "C2").row(OC2, OC2_ITEMS),
                child(2024).episode("DECOM", "01/05/2022", "LS", "V3").row(OC2, OC2_ITEMS)));
        c.add(RuleCase.of("190", "12 months: a child whose only episode ended before 1 April",
                child(2024).episode("DECOM", "01/05/2021", "DEC", "01/09/2023", "REC", "X1").episode("DECOM", "01/09/2023", "RNE", "L")
                        .row(OC2, OC2_ITEMS),
                child(2024).episode("DECOM", "01/05/2021", "DEC", "01/03/2023", "REC", "E4A").row(OC2, OC2_ITEMS)));
        c.add(RuleCase.of("190", "12 months: a child with no episode at all",
                child(2024).episode("DECOM", "01/05/2022").row(OC2, OC2_ITEMS),
                child(2024).row(OC2, OC2_ITEMS)));
    }

    private static void lookedAfterForTwelveMonths(List<RuleCase> c) {
        c.add(RuleCase.of("157", "a child of 11 looked after all year with SDQ1 (under 4 or over 17) as the reason for no SDQ",
                inCareAllYear().row(OC2, "SDQ_REASON", "SDQ2"),
                inCareAllYear().row(OC2, "SDQ_REASON", "SDQ1")));
        c.add(RuleCase.of("185", "an SDQ score for a child who came into care in the year",
                child(2024).episode().row(OC2),
                child(2024).episode().row(OC2, "SDQ_SCORE", "12")));
        c.add(RuleCase.of("186", "a child of 11 looked after all year with neither an SDQ score nor a reason",
                inCareAllYear().row(OC2, "SDQ_SCORE", "12"),
                inCareAllYear().row(OC2)));
        c.add(RuleCase.of("187", "care leaver information for a child looked after all year",
                inCareAllYear().supplying(AD1).supplying(OC3),
                inCareAllYear().supplying(AD1).row(OC3, IN_TOUCH)));
        c.add(RuleCase.of("187", "adoption data for a child looked after all year",
                inCareAllYear().supplying(OC3).row(AD1),
                inCareAllYear().supplying(OC3).row(AD1, "DATE_INT", "01/06/2023")));
        c.add(RuleCase.of("190", "a conviction item for a child who came into care in the year",
                child(2024).episode().row(OC2),
                child(2024).episode().row(OC2, "CONVICTED", "0")));
        c.add(RuleCase.of("191", "a child looked after all year with the teeth check left blank",
                inCareAllYear().row(OC2, OC2_ITEMS),
                inCareAllYear().row(OC2, "SDQ_SCORE", "12", "CONVICTED", "0", "IMMUNISATIONS", "1", "HEALTH_ASSESSMENT", "1", "SUBSTANCE_MISUSE", "0")));
        c.add(RuleCase.of("191", "a child looked after all year with no OC2 row",
                inCareAllYear().row(OC2, OC2_ITEMS),
                inCareAllYear().supplying(OC2)));
        c.add(RuleCase.of("197B", "a child who turned 4 in the year, looked after all year, with neither an SDQ score nor a reason",
                inCareAllYear("DOB", "01/06/2019").row(OC2, "SDQ_REASON", "SDQ1"),
                inCareAllYear("DOB", "01/06/2019").row(OC2)));
        c.add(RuleCase.of("197B", "a young person who turned 17 in the year, looked after all year, with neither an SDQ score nor a reason",
                inCareAllYear("DOB", "01/06/2006").row(OC2, "SDQ_REASON", "SDQ1"),
                inCareAllYear("DOB", "01/06/2006").row(OC2)));
        c.add(RuleCase.of("198", "a reason for no SDQ for a child who came into care in the year",
                child(2024).episode().row(OC2),
                child(2024).episode().row(OC2, "SDQ_REASON", "SDQ2")));
        c.add(RuleCase.of("543", "a child who turned 10 on 31 March, looked after all year, with conviction left blank",
                inCareAllYear("DOB", "01/04/2014").row(OC2, "IMMUNISATIONS", "1"),
                inCareAllYear("DOB", "31/03/2014").row(OC2, "IMMUNISATIONS", "1")));
        c.add(RuleCase.of("545", "a child of 3 looked after all year with the health check left blank",
                inCareAllYear("DOB", "01/06/2020").row(OC2, "HEALTH_CHECK", "1"),
                inCareAllYear("DOB", "01/06/2020").row(OC2)));
        c.add(RuleCase.of("546", "a child who turned 5 on 31 March, looked after all year, with a health check",
                inCareAllYear("DOB", "01/04/2019").row(OC2, "HEALTH_CHECK", "1"),
                inCareAllYear("DOB", "31/03/2019").row(OC2, "HEALTH_CHECK", "1")));
    }

    private static void internalChecks(List<RuleCase> c) {
        c.add(RuleCase.of("INT05", "an OC2 row for a child with no header",
                child(2024).row(OC2),
                child(2024).withoutHeader().row(OC2)));
        c.add(RuleCase.of("INT06", "an OC3 row for a young person with no header",
                youngPersonOf18().row(OC3, IN_TOUCH),
                youngPersonOf18().withoutHeader().row(OC3, IN_TOUCH)));
        c.add(RuleCase.of("INT14", "an OC2 date of birth a month off the header's",
                child(2024).row(OC2, "DOB", "01/06/2012"),
                child(2024).row(OC2, "DOB", "01/07/2012")));
        c.add(RuleCase.of("INT15", "an OC3 date of birth a year off the header's",
                youngPersonOf18().row(OC3, "DOB", "01/06/2005"),
                youngPersonOf18().row(OC3, "DOB", "01/06/2004")));
        c.add(RuleCase.of("INT33", "a child twice in OC2",
                child(2024).row(OC2),
                child(2024).row(OC2).row(OC2)));
        c.add(RuleCase.of("INT34", "a young person twice in OC3",
                youngPersonOf18().row(OC3, IN_TOUCH),
                youngPersonOf18().row(OC3, IN_TOUCH).row(OC3, IN_TOUCH)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void each_rule_accepts_its_passing_return_and_finds_its_failing_one(RuleCase c) {
        RuleCases.judge(c);
    }

    @Test
    void every_outcome_rule_has_a_scenario() {
        RuleCases.everyRuleHasACase(OutcomeRules.ALL, cases());
    }
}
