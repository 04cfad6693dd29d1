package org.placementledger.commandside.ssda903.rules;

import org.placementledger.events.ssda903.ReturnFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.placementledger.commandside.ssda903.rules.ReturnBuilder.child;
import static org.placementledger.events.ssda903.ReturnFile.AD1;
import static org.placementledger.events.ssda903.ReturnFile.PLACED_ADOPTION;
import static org.placementledger.events.ssda903.ReturnFile.PREV_PERM;

/**
 * The rules of the adoption, placed for adoption and previous permanence files, each with a return it accepts and
 * one it finds broken. The returns are of 2023-24 unless named otherwise.
 */
class AdoptionRulesTest {

    /** An adoption as AD1 records it: decided 01/07/2023, matched 15/08/2023, a married couple not the foster carers. */
    private static final String[] ADOPTION = {"DATE_INT", "01/07/2023", "DATE_MATCH", "15/08/2023", "FOSTER_CARE", "0",
            "NB_ADOPTR", "2", "SEX_ADOPTR", "MF", "LS_ADOPTR", "L11"};
    /** The episode that ends in adoption: placed for adoption (A4) under a placement order from 01/09/2023, adopted 01/02/2024. */
    private static final String[] ADOPTIVE_PLACEMENT = {"DECOM", "01/09/2023", "RNE", "P", "LS", "E1", "PLACE", "A4",
            "DEC", "01/02/2024", "REC", "E11"};
    /** A previous permanence option: a special guardianship order made in Torbay (352) on 01/01/2015. */
    private static final String[] PERMANENCE = {"PREV_PERM", "P1", "LA_PERM", "352", "DATE_PERM", "01/01/2015"};

    private static String[] with(String[] base, String... changes) {
        String[] all = Arrays.copyOf(base, base.length + changes.length);
        System.arraycopy(changes, 0, all, base.length, changes.length);
        return all;
    }

    private static String[] placement(String... changes) {
        return with(ADOPTIVE_PLACEMENT, changes);
    }

    /** A child's AD1 row alone, with these fields changed. */
    private static ReturnBuilder ad1(String... changes) {
        return child(2024).row(AD1, with(ADOPTION, changes));
    }

    /** Looked after from 01/05/2023 (U4), placed for adoption from 01/09/2023 and adopted; the AD1 row with these fields changed. */
    private static ReturnBuilder adopted(String[] adoptivePlacement, String... ad1Changes) {
        return child(2024)
                .episode("DECOM", "01/05/2023", "DEC", "01/09/2023", "REC", "X1")
                .episode(adoptivePlacement)
                .row(AD1, with(ADOPTION, ad1Changes));
    }

    /** A decision that the child should be placed for adoption, of 01/07/2023, with these fields changed. */
    private static ReturnBuilder decided(String... changes) {
        return child(2024).row(PLACED_ADOPTION, with(new String[]{"DATE_PLACED", "01/07/2023"}, changes));
    }

    /** Last year's return (2022-23) with these decisions, each given as its fields. */
    private static ReturnBuilder lastYear(String[]... decisions) {
        ReturnBuilder b = child(2023).supplying(PLACED_ADOPTION);
        for (String[] d : decisions) b.row(PLACED_ADOPTION, d);
        return b;
    }

    private static String[] d(String... fields) {
        return fields;
    }

    static List<RuleCase> cases() {
        List<RuleCase> c = new ArrayList<>();
        // ---- AD1
        c.add(RuleCase.of("112", "the date adoption was decided on written as 31 February", ad1(), ad1("DATE_INT", "31/02/2023")));
        c.add(RuleCase.of("113", "the date matched with adopters written in words", ad1(), ad1("DATE_MATCH", "mid August")));
        c.add(RuleCase.of("114", "former foster carers recorded as 2", ad1(), ad1("FOSTER_CARE", "2")));
        c.add(RuleCase.of("151", "an adoption recorded without the number of adopters", ad1(), ad1("NB_ADOPTR", "")));
        c.add(RuleCase.of("151", "an adoption row with every item blank is accepted; one with only the match date is not",
                ad1("DATE_INT", "", "DATE_MATCH", "", "FOSTER_CARE", "", "NB_ADOPTR", "", "SEX_ADOPTR", "", "LS_ADOPTR", ""),
                ad1("DATE_INT", "", "FOSTER_CARE", "", "NB_ADOPTR", "", "SEX_ADOPTR", "", "LS_ADOPTR", "")));
        c.add(RuleCase.of("175", "three adopters", ad1(), ad1("NB_ADOPTR", "3")));
        c.add(RuleCase.of("176", "adopters' genders coded XX", ad1(), ad1("SEX_ADOPTR", "XX")));
        c.add(RuleCase.of("177", "adopters' legal status coded L5", ad1(), ad1("LS_ADOPTR", "L5")));
        c.add(RuleCase.of("333", "adoption decided after the child was matched with adopters", ad1(), ad1("DATE_INT", "01/09/2023")));
        c.add(RuleCase.of("333", "matched with adopters but no date adoption was decided", ad1(), ad1("DATE_INT", "")));
        c.add(RuleCase.of("511", "two adopters, recorded as a single woman", ad1(), ad1("SEX_ADOPTR", "F1")));
        c.add(RuleCase.of("514", "a single adopter recorded as a couple",
                ad1("NB_ADOPTR", "1", "SEX_ADOPTR", "F1", "LS_ADOPTR", "L0"), ad1("NB_ADOPTR", "1", "SEX_ADOPTR", "MF", "LS_ADOPTR", "L0")));
        c.add(RuleCase.of("517", "a different gender unmarried couple (L3) recorded as two women",
                ad1("LS_ADOPTR", "L3"), ad1("LS_ADOPTR", "L3", "SEX_ADOPTR", "FF")));
        c.add(RuleCase.of("518", "a same gender unmarried couple (L4) recorded as a man and a woman",
                ad1("LS_ADOPTR", "L4", "SEX_ADOPTR", "FF"), ad1("LS_ADOPTR", "L4", "SEX_ADOPTR", "MF")));
        c.add(RuleCase.of("519", "a civil partnership recorded as a single man",
                ad1("LS_ADOPTR", "L2", "SEX_ADOPTR", "MM"), ad1("LS_ADOPTR", "L2", "SEX_ADOPTR", "M1")));
        c.add(RuleCase.of("520", "a different gender married couple recorded as two men", ad1(), ad1("SEX_ADOPTR", "MM")));
        c.add(RuleCase.of("524", "a same gender married couple (L12) recorded as a man and a woman",
                ad1("LS_ADOPTR", "L12", "SEX_ADOPTR", "MM"), ad1("LS_ADOPTR", "L12", "SEX_ADOPTR", "MF")));

        // ---- AD1 with the episodes
        c.add(RuleCase.of("331", "matched with adopters after the adoptive placement began",
                adopted(placement()), adopted(placement(), "DATE_MATCH", "10/09/2023")));
        c.add(RuleCase.of("334", "adoption decided before the child started to be looked after",
                adopted(placement()), adopted(placement(), "DATE_INT", "01/04/2023")));
        c.add(RuleCase.of("335", "adopted from a placement with other adopters (A4) but recorded as adopted by the foster carers",
                adopted(placement()), adopted(placement(), "FOSTER_CARE", "1")));
        c.add(RuleCase.of("335", "adopted by the foster carers (A3) but recorded as not",
                adopted(placement("PLACE", "A3"), "FOSTER_CARE", "1"), adopted(placement("PLACE", "A3"))));
        c.add(RuleCase.of("521", "adoption decided after the child was placed for adoption",
                adopted(placement()), adopted(placement(), "DATE_INT", "05/09/2023", "DATE_MATCH", "06/09/2023")));
        c.add(RuleCase.of("582", "adopted on the day the child was matched with adopters",
                adopted(placement()), adopted(placement(), "DATE_MATCH", "01/02/2024")));
        c.add(RuleCase.of("601", "adopted this year, the adopters' legal status left blank",
                adopted(placement()), adopted(placement(), "LS_ADOPTR", "")));
        c.add(RuleCase.of("602", "adoption details for a child who left care by returning home, not by adoption",
                adopted(placement()), adopted(placement("REC", "E4A"))));

        // ---- placed for adoption
        c.add(RuleCase.of("115", "the decision to place for adoption dated 32 July", decided(), decided("DATE_PLACED", "32/07/2023")));
        c.add(RuleCase.of("116", "the decision reversed, its date written in words",
                decided("DATE_PLACED_CEASED", "01/12/2023", "REASON_PLACED_CEASED", "RD1"),
                decided("DATE_PLACED_CEASED", "1st December", "REASON_PLACED_CEASED", "RD1")));
        c.add(RuleCase.of("119", "the decision reversed without a reason",
                decided("DATE_PLACED_CEASED", "01/12/2023", "REASON_PLACED_CEASED", "RD1"), decided("DATE_PLACED_CEASED", "01/12/2023")));
        c.add(RuleCase.of("119", "a reason for reversing the decision without its date",
                decided(), decided("REASON_PLACED_CEASED", "RD1")));
        c.add(RuleCase.of("120", "the decision reversed for a reason coded RD9",
                decided("DATE_PLACED_CEASED", "01/12/2023", "REASON_PLACED_CEASED", "RD1"),
                decided("DATE_PLACED_CEASED", "01/12/2023", "REASON_PLACED_CEASED", "RD9")));
        c.add(RuleCase.of("522", "the decision reversed before it was made",
                decided("DATE_PLACED_CEASED", "01/12/2023", "REASON_PLACED_CEASED", "RD1"),
                decided("DATE_PLACED_CEASED", "01/06/2023", "REASON_PLACED_CEASED", "RD1")));
        c.add(RuleCase.of("563", "a decision reversed that has no date it was made",
                decided("DATE_PLACED_CEASED", "01/12/2023", "REASON_PLACED_CEASED", "RD1"),
                decided("DATE_PLACED", "", "DATE_PLACED_CEASED", "01/12/2023", "REASON_PLACED_CEASED", "RD1")));
        c.add(RuleCase.of("579", "a new decision to place for adoption while the earlier one is still open",
                decided("DATE_PLACED", "01/05/2023", "DATE_PLACED_CEASED", "01/06/2023", "REASON_PLACED_CEASED", "RD1")
                        .row(PLACED_ADOPTION, "DATE_PLACED", "01/07/2023"),
                decided("DATE_PLACED", "01/05/2023").row(PLACED_ADOPTION, "DATE_PLACED", "01/07/2023")));
        c.add(RuleCase.of("579", "a new decision dated before the earlier one was reversed",
                decided("DATE_PLACED", "01/05/2023", "DATE_PLACED_CEASED", "01/06/2023", "REASON_PLACED_CEASED", "RD1")
                        .row(PLACED_ADOPTION, "DATE_PLACED", "01/07/2023"),
                decided("DATE_PLACED", "01/05/2023", "DATE_PLACED_CEASED", "10/07/2023", "REASON_PLACED_CEASED", "RD1")
                        .row(PLACED_ADOPTION, "DATE_PLACED", "01/07/2023")));
        c.add(RuleCase.of("583", "two decisions to place for adoption, the earlier never revoked",
                decided("DATE_PLACED", "01/05/2023", "DATE_PLACED_CEASED", "01/06/2023", "REASON_PLACED_CEASED", "RD1")
                        .row(PLACED_ADOPTION, "DATE_PLACED", "01/07/2023"),
                decided("DATE_PLACED", "01/05/2023").row(PLACED_ADOPTION, "DATE_PLACED", "01/07/2023")));

        // ---- placed for adoption against last year's return
        c.add(RuleCase.of("559", "a decision of last year that last year's return did not have",
                decided("DATE_PLACED", "01/02/2023").previous(lastYear(d("DATE_PLACED", "01/02/2023"))),
                decided("DATE_PLACED", "01/02/2023").previous(lastYear())));
        c.add(RuleCase.of("560", "the decision still open from last year, its date written differently this year",
                decided("DATE_PLACED", "01/02/2023").previous(lastYear(d("DATE_PLACED", "01/02/2023"))),
                decided("DATE_PLACED", "01/03/2023").previous(lastYear(d("DATE_PLACED", "01/02/2023")))));
        c.add(RuleCase.of("561", "a decision reversed last year returned again this year",
                decided("DATE_PLACED", "01/05/2023")
                        .previous(lastYear(d("DATE_PLACED", "01/02/2023", "DATE_PLACED_CEASED", "01/03/2023", "REASON_PLACED_CEASED", "RD1"))),
                decided("DATE_PLACED", "01/02/2023")
                        .previous(lastYear(d("DATE_PLACED", "01/02/2023", "DATE_PLACED_CEASED", "01/03/2023", "REASON_PLACED_CEASED", "RD1")))));
        c.add(RuleCase.of("584", "after last year's decision was reversed, this year's decision dated before it",
                decided("DATE_PLACED", "01/05/2023")
                        .previous(lastYear(d("DATE_PLACED", "01/02/2023", "DATE_PLACED_CEASED", "01/03/2023", "REASON_PLACED_CEASED", "RD1"))),
                decided("DATE_PLACED", "01/01/2023")
                        .previous(lastYear(d("DATE_PLACED", "01/02/2023", "DATE_PLACED_CEASED", "01/03/2023", "REASON_PLACED_CEASED", "RD1")))));

        // ---- placed for adoption with the header or AD1
        c.add(RuleCase.of("184", "the decision to place for adoption dated before the child was born (01/06/2012)",
                decided(), decided("DATE_PLACED", "01/01/2012")));
        c.add(RuleCase.of("523", "the decision to place for adoption a day later than the date AD1 gives for it",
                ad1().row(PLACED_ADOPTION, "DATE_PLACED", "01/07/2023"), ad1().row(PLACED_ADOPTION, "DATE_PLACED", "02/07/2023")));
        c.add(RuleCase.of("525", "adopted this year though the decision to place for adoption was reversed",
                ad1().row(PLACED_ADOPTION, "DATE_PLACED", "01/07/2023"),
                ad1().row(PLACED_ADOPTION, "DATE_PLACED", "01/07/2023", "DATE_PLACED_CEASED", "01/12/2023", "REASON_PLACED_CEASED", "RD1")));

        // ---- placed for adoption with the episodes
        c.add(RuleCase.of("1003", "the decision to place for adoption dated before the child started to be looked after (01/05/2023)",
                decided().episode(), decided("DATE_PLACED", "01/04/2023").episode()));
        c.add(RuleCase.of("117", "the decision reversed after the child ceased to be looked after",
                decided("DATE_PLACED_CEASED", "01/12/2023", "REASON_PLACED_CEASED", "RD1").episode("DEC", "01/12/2023", "REC", "E4A"),
                decided("DATE_PLACED_CEASED", "15/12/2023", "REASON_PLACED_CEASED", "RD1").episode("DEC", "01/12/2023", "REC", "E4A")));
        c.add(RuleCase.of("117", "a decision dated after the year ended",
                decided().episode(), decided("DATE_PLACED", "01/04/2024").episode()));
        c.add(RuleCase.of("118", "a decision reversed before this year",
                decided("DATE_PLACED", "01/01/2023", "DATE_PLACED_CEASED", "01/12/2023", "REASON_PLACED_CEASED", "RD1").episode(),
                decided("DATE_PLACED", "01/01/2023", "DATE_PLACED_CEASED", "01/03/2023", "REASON_PLACED_CEASED", "RD1").episode()));
        c.add(RuleCase.of("551", "placed for adoption (A4) with no decision to place for adoption",
                decided().episode("PLACE", "A4"), child(2024).supplying(PLACED_ADOPTION).episode("PLACE", "A4")));
        c.add(RuleCase.of("552", "placed for adoption before it was decided",
                decided().episode("DECOM", "01/09/2023", "PLACE", "A4"), decided("DATE_PLACED", "01/10/2023").episode("DECOM", "01/09/2023", "PLACE", "A4")));
        c.add(RuleCase.of("553", "a placement order (E1) with no decision to place for adoption",
                decided().episode("LS", "E1"), child(2024).supplying(PLACED_ADOPTION).episode("LS", "E1")));
        c.add(RuleCase.of("553", "a placement order still in force, the decision recorded as reversed",
                decided().episode("LS", "E1"), decided("DATE_PLACED_CEASED", "01/12/2023", "REASON_PLACED_CEASED", "RD1").episode("LS", "E1")));
        c.add(RuleCase.of("554", "the decision to place for adoption dated after the placement order",
                decided().episode("DECOM", "01/09/2023", "LS", "E1"), decided("DATE_PLACED", "01/10/2023").episode("DECOM", "01/09/2023", "LS", "E1")));
        c.add(RuleCase.of("555", "a freeing order (D1) with no decision to place for adoption",
                decided().episode("LS", "D1"), child(2024).supplying(PLACED_ADOPTION).episode("LS", "D1")));
        c.add(RuleCase.of("555", "a freeing order still in force, the decision recorded as reversed",
                decided().episode("LS", "D1"), decided("DATE_PLACED_CEASED", "01/12/2023", "REASON_PLACED_CEASED", "RD1").episode("LS", "D1")));
        c.add(RuleCase.of("556", "the decision to place for adoption dated after the freeing order",
                decided().episode("DECOM", "01/09/2023", "LS", "D1"), decided("DATE_PLACED", "01/10/2023").episode("DECOM", "01/09/2023", "LS", "D1")));
        c.add(RuleCase.of("557", "placed for adoption, then returned home (E4A) without the decision being reversed",
                decided("DATE_PLACED_CEASED", "01/12/2023", "REASON_PLACED_CEASED", "RD1").episode("PLACE", "A4", "LS", "E1", "DEC", "01/12/2023", "REC", "E4A"),
                decided().episode("PLACE", "A4", "LS", "E1", "DEC", "01/12/2023", "REC", "E4A")));
        c.add(RuleCase.of("557", "a freeing order (D1) ending in a return home, no decision to place: refused in 2023-24, accepted from 2024-25",
                child(2025).supplying(PLACED_ADOPTION).episode("LS", "D1", "DEC", "01/12/2024", "REC", "E4A"),
                child(2024).supplying(PLACED_ADOPTION).episode("LS", "D1", "DEC", "01/12/2023", "REC", "E4A")));
        c.add(RuleCase.of("557", "2024-25: under a placement order (E1), then returned home, no decision to place for adoption",
                child(2025).supplying(PLACED_ADOPTION).episode("LS", "C2", "DEC", "01/12/2024", "REC", "E4A"),
                child(2025).supplying(PLACED_ADOPTION).episode("LS", "E1", "DEC", "01/12/2024", "REC", "E4A")));
        c.add(RuleCase.of("558", "adopted, yet the latest decision to place for adoption recorded as reversed",
                adopted(placement()).row(PLACED_ADOPTION, "DATE_PLACED", "01/05/2023", "DATE_PLACED_CEASED", "01/06/2023", "REASON_PLACED_CEASED", "RD1")
                        .row(PLACED_ADOPTION, "DATE_PLACED", "01/07/2023"),
                adopted(placement()).row(PLACED_ADOPTION, "DATE_PLACED", "01/05/2023", "DATE_PLACED_CEASED", "01/06/2023", "REASON_PLACED_CEASED", "RD1")
                        .row(PLACED_ADOPTION, "DATE_PLACED", "01/07/2023", "DATE_PLACED_CEASED", "01/08/2023", "REASON_PLACED_CEASED", "RD1")));

        // ---- previous permanence
        c.add(RuleCase.of("630", "started to be looked after this year with no previous permanence row",
                child(2024).episode().row(PREV_PERM, "PREV_PERM", "Z1"), child(2024).episode().supplying(PREV_PERM)));
        c.add(RuleCase.of("630", "a special guardianship order before care, its local authority not given",
                child(2024).episode().row(PREV_PERM, PERMANENCE), child(2024).episode().row(PREV_PERM, with(PERMANENCE, "LA_PERM", ""))));
        c.add(RuleCase.of("631", "previous permanence coded P9",
                child(2024).row(PREV_PERM, PERMANENCE), child(2024).row(PREV_PERM, with(PERMANENCE, "PREV_PERM", "P9"))));
        c.add(RuleCase.of("632", "the date of the previous order given as month 13; a day not known (ZZ) is accepted",
                child(2024).episode().row(PREV_PERM, with(PERMANENCE, "DATE_PERM", "ZZ/05/2019")),
                child(2024).episode().row(PREV_PERM, with(PERMANENCE, "DATE_PERM", "01/13/2019"))));
        c.add(RuleCase.of("632", "the previous order dated after the child started to be looked after (01/05/2023)",
                child(2024).episode().row(PREV_PERM, with(PERMANENCE, "DATE_PERM", "ZZ/04/2023")),
                child(2024).episode().row(PREV_PERM, with(PERMANENCE, "DATE_PERM", "ZZ/05/2023"))));
        c.add(RuleCase.of("633", "the previous order arranged by local authority 123",
                child(2024).row(PREV_PERM, PERMANENCE), child(2024).row(PREV_PERM, with(PERMANENCE, "LA_PERM", "123"))));
        c.add(RuleCase.of("634", "previous permanence for a child looked after since before 1 April 2016",
                child(2024).episode("DECOM", "01/04/2016").row(PREV_PERM, "PREV_PERM", "Z1"),
                child(2024).episode("DECOM", "31/03/2016").row(PREV_PERM, "PREV_PERM", "Z1")));
        c.add(RuleCase.of("635", "no previous permanence (Z1), yet a local authority for it",
                child(2024).row(PREV_PERM, "PREV_PERM", "Z1"), child(2024).row(PREV_PERM, "PREV_PERM", "Z1", "LA_PERM", "352")));

        // ---- the files against the header
        c.add(RuleCase.of("INT01", "an adoption for a child not in the header", ad1(), child(2024).withoutHeader().row(AD1, ADOPTION)));
        c.add(RuleCase.of("INT02", "a decision to place for adoption for a child not in the header",
                decided(), child(2024).withoutHeader().row(PLACED_ADOPTION, "DATE_PLACED", "01/07/2023")));
        c.add(RuleCase.of("INT07", "previous permanence for a child not in the header",
                child(2024).row(PREV_PERM, PERMANENCE), child(2024).withoutHeader().row(PREV_PERM, PERMANENCE)));
        c.add(RuleCase.of("INT11", "AD1 gives the child a birthday a day later than the header",
                ad1("DOB", "01/06/2012"), ad1("DOB", "02/06/2012")));
        c.add(RuleCase.of("INT12", "the placed for adoption file gives another date of birth",
                decided("DOB", "01/06/2012"), decided("DOB", "01/06/2013")));
        c.add(RuleCase.of("INT16", "the previous permanence file gives another date of birth",
                child(2024).row(PREV_PERM, with(PERMANENCE, "DOB", "01/06/2012")), child(2024).row(PREV_PERM, with(PERMANENCE, "DOB", "06/01/2012"))));
        c.add(RuleCase.of("INT31", "two adoptions for one child", ad1(), ad1().row(AD1, ADOPTION)));
        c.add(RuleCase.of("INT35", "two previous permanence rows for one child",
                child(2024).row(PREV_PERM, PERMANENCE), child(2024).row(PREV_PERM, PERMANENCE).row(PREV_PERM, "PREV_PERM", "Z1")));
        return c;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void each_rule_accepts_its_passing_return_and_finds_its_failing_one(RuleCase c) {
        RuleCases.judge(c);
    }

    @Test
    void every_adoption_rule_has_a_scenario() {
        RuleCases.everyRuleHasACase(AdoptionRules.ALL, cases());
    }

    @Test
    void last_years_rules_do_nothing_without_last_years_placed_for_adoption_file() {
        for (String rule : List.of("559", "560", "561", "584")) {
            org.assertj.core.api.Assertions.assertThat(RuleCases.problemsOf(rule, decided("DATE_PLACED", "01/01/2023")))
                    .as(rule + " with no return of last year").isEmpty();
            org.assertj.core.api.Assertions.assertThat(RuleCases.problemsOf(rule, decided("DATE_PLACED", "01/01/2023").previous(child(2023))))
                    .as(rule + " with last year's return but no placed for adoption file").isEmpty();
        }
    }
}
