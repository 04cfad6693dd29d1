package org.placementledger.commandside.ssda903.rules;

import org.placementledger.events.ssda903.ReturnFile;

import org.placementledger.events.ssda903.Dates903;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import static org.placementledger.events.ssda903.ReturnFile.AD1;
import static org.placementledger.events.ssda903.ReturnFile.EPISODES;
import static org.placementledger.events.ssda903.ReturnFile.HEADER;
import static org.placementledger.events.ssda903.ReturnFile.PLACED_ADOPTION;
import static org.placementledger.events.ssda903.ReturnFile.PREV_PERM;
import static org.placementledger.commandside.ssda903.rules.Rule.reads;

/**
 * DfE rules that read the adoption file (AD1), the placed for adoption file or the previous permanence file,
 * alone or with the episodes and the header, and the checks that those files agree with the header.
 * <p>
 * Longer than 300 lines because it holds a whole group of DfE's rules, a few lines each, under their DfE
 * numbers, so that the rules that read the same files are found in one place.
 */
final class AdoptionRules {

    private AdoptionRules() {
    }

    /** The AD1 fields DfE wants all coded or all blank. */
    private static final List<String> ADOPTION_FIELDS = List.of("DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR");
    private static final String[] PLACED_FOR_ADOPTION = {"A3", "A4", "A5", "A6"};
    private static final String[] ADOPTED = {"E11", "E12"};
    /** DfE collects previous permanence for children who started to be looked after from this day. */
    private static final LocalDate PREVIOUS_PERMANENCE_FROM = LocalDate.of(2016, 4, 1);
    /** A DATE_PERM valid but with its year not known (ZZZZ): it cannot be compared with anything. */
    private static final LocalDate YEAR_NOT_KNOWN = LocalDate.MIN;
    /** The local authority codes DfE accepts where a previous permanence option was arranged, and outside England. */
    private static final Set<String> LA_CODES = Set.of((
            "800,889,822,301,304,303,330,825,837,302,846,370,350,890,867,380,305,801,351,873,823,895,896,"
            + "381,909,202,908,331,306,841,830,831,878,371,835,332,840,307,308,811,881,845,390,916,203,876,"
            + "850,311,204,884,312,205,313,805,919,310,309,420,921,206,207,886,810,382,314,340,888,208,856,"
            + "383,855,209,925,341,201,821,352,806,887,826,315,929,812,391,926,892,813,802,928,891,392,316,"
            + "815,353,931,879,836,851,874,807,354,317,870,318,372,857,333,935,343,803,373,342,893,356,355,"
            + "871,394,334,933,882,936,861,852,319,860,808,393,866,210,357,894,883,880,358,211,937,869,320,"
            + "359,865,384,335,336,212,868,872,885,344,877,213,938,816,999,WAL,SCO,NUK,NIR").split(","));

    static final List<Rule> ALL = List.of(
            // ---- AD1 alone
            notADate("112", "Date should be placed for adoption is not a valid date.", AD1, "DATE_INT"),
            notADate("113", "Date matching child and adopter(s) is not a valid date.", AD1, "DATE_MATCH"),
            notACode("114", "Data entry to record the status of former carer(s) of an adopted child is invalid.", AD1, "FOSTER_CARE",
                    "0", "1"),
            Rule.error("151", "All data items relating to a childs adoption must be coded or left blank.", reads(AD1),
                    (child, out) -> {
                        for (Row a : child.rows(AD1)) {
                            List<String> blank = ADOPTION_FIELDS.stream().filter(a::blank).toList();
                            if (!blank.isEmpty() && blank.size() < ADOPTION_FIELDS.size()) out.at(a, "blank: " + String.join(", ", blank));
                        }
                    }),
            notACode("175", "The number of adopter(s) code is not a valid code.", AD1, "NB_ADOPTR", "1", "2"),
            notACode("176", "The gender of adopter(s) at the date of adoption code is not a valid code.", AD1, "SEX_ADOPTR",
                    "M1", "F1", "MM", "FF", "MF"),
            notACode("177", "The legal status of adopter(s) code is not a valid code.", AD1, "LS_ADOPTR",
                    "L0", "L11", "L12", "L2", "L3", "L4"),
            Rule.error("333", "Date should be placed for adoption must be on or prior to the date of matching child with adopter(s).",
                    reads(AD1), (child, out) -> {
                        for (Row a : child.rows(AD1)) {
                            LocalDate match = a.date("DATE_MATCH");
                            LocalDate decided = a.date("DATE_INT");
                            if (match != null && (decided == null || decided.isAfter(match))) out.at(a, seen(a, "DATE_INT", "DATE_MATCH"));
                        }
                    }),
            Rule.error("511", "If reporting that the number of person(s) adopting the looked after child is two adopters then the code should "
                            + "only be MM, FF or MF. MM = the adopting couple are both males; FF = the adopting couple are both females; MF = The "
                            + "adopting couple are male and female.", reads(AD1),
                    (child, out) -> child.rows(AD1).forEach(a -> {
                        if (a.is("NB_ADOPTR", "2") && a.is("SEX_ADOPTR", "M1", "F1")) out.at(a, seen(a, "NB_ADOPTR", "SEX_ADOPTR"));
                    })),
            adopters("514", "Data entry on the legal status of adopters shows a single adopter but data entry for the numbers of adopters shows "
                    + "it as a couple.", "L0", "M1", "F1"),
            adopters("517", "If reporting legal status of adopters is L3 then the genders of adopters should be coded as MF. MF = the adopting "
                    + "couple are male and female.", "L3", "MF"),
            adopters("518", "If reporting legal status of adopters is L4 then the genders of adopters should be coded as MM or FF. MM = the "
                    + "adopting couple are both males. FF = the adopting couple are both females.", "L4", "MM", "FF"),
            adopters("519", "Data entered on the legal status of adopters shows civil partnership couple, but data entered on genders of "
                    + "adopters does not show it as a couple.", "L2", "MM", "FF", "MF"),
            adopters("520", "Data entry on the legal status of adopters shows different gender married couple but data entry on genders of "
                    + "adopters shows it as a same gender couple.", "L11", "MF"),
            adopters("524", "If reporting legal status of adopters is L12 then the genders of adopters should be coded as MM or FF. MM = the "
                    + "adopting couple are both males. FF = the adopting couple are both females", "L12", "MM", "FF"),

            // ---- AD1 with the episodes
            Rule.error("331", "Date of matching child and adopter(s) should be the same as, or prior to, the date of placement of adoption.",
                    reads(AD1, EPISODES), (child, out) -> {
                        for (Row e : child.episodes()) {
                            LocalDate decom = e.date("DECOM");
                            if (!e.is("REC", ADOPTED) || decom == null) continue;
                            for (Row a : child.rows(AD1)) {
                                LocalDate match = a.date("DATE_MATCH");
                                if (match != null && match.isAfter(decom)) out.at(a, seen(a, "DATE_MATCH") + ", adoption placement began " + e.text("DECOM"));
                            }
                        }
                    }),
            Rule.error("334", "Date child started to be looked after in latest period of care must be on or prior to the date should be placed "
                    + "for adoption. ", reads(AD1, EPISODES), (child, out) -> {
                        Row started = latest(child.episodes(), e -> e.is("RNE", "S"));
                        if (started == null) return;
                        for (Row a : child.rows(AD1)) {
                            LocalDate decided = a.date("DATE_INT");
                            if (decided != null && decided.isBefore(started.date("DECOM")))
                                out.at(a, seen(a, "DATE_INT") + ", started to be looked after " + started.text("DECOM"));
                        }
                    }),
            Rule.error("335", "The current foster value (0) suggests that child is not adopted by current foster carer, but last placement is A2, "
                    + "A3, or A5. Or the current foster value (1) suggests that child is adopted by current foster carer, but last placement is "
                    + "A1, A4 or A6.", reads(AD1, EPISODES), (child, out) -> {
                        for (Row e : child.episodes()) {
                            if (!e.is("REC", "E1", "E11", "E12")) continue;
                            for (Row a : child.rows(AD1)) {
                                if ((e.is("PLACE", "A2", "A3", "A5") && a.is("FOSTER_CARE", "0"))
                                        || (e.is("PLACE", "A1", "A4", "A6") && a.is("FOSTER_CARE", "1")))
                                    out.at(a, seen(a, "FOSTER_CARE") + ", last placement " + e.text("PLACE"));
                            }
                        }
                    }),
            Rule.error("521", "Date of local authority's decision (LA) that adoption is in the best interests of the child (date should be "
                    + "placed) must be on or prior to the date the child is placed for adoption.", reads(AD1, EPISODES), (child, out) -> {
                        for (Row e : child.episodes()) {
                            LocalDate decom = e.date("DECOM");
                            if (!e.is("PLACE", PLACED_FOR_ADOPTION) || decom == null) continue;
                            for (Row a : child.rows(AD1)) {
                                LocalDate decided = a.date("DATE_INT");
                                if (decided != null && decided.isAfter(decom))
                                    out.at(a, seen(a, "DATE_INT") + ", placed for adoption (" + e.text("PLACE") + ") " + e.text("DECOM"));
                            }
                        }
                    }),
            Rule.query("582", "Child is showing as ceasing to be looked after due to adoption, but the date of adoption is the same as the date "
                    + "reported for being matched with adopters. In most circumstances we expect the date the child is matched with adopters to "
                    + "be before the date of adoption.", reads(AD1, EPISODES), (child, out) -> {
                        for (Row e : child.episodes()) {
                            if (!e.is("REC", ADOPTED)) continue;
                            for (Row a : child.rows(AD1)) {
                                if (sameDate(e, "DEC", a, "DATE_MATCH")) {
                                    out.at(e, "DEC " + e.text("DEC") + ", DATE_MATCH " + a.text("DATE_MATCH"));
                                    break;
                                }
                            }
                        }
                    }),
            Rule.error("601", "The additional fields relating to adoption have not been completed although the episode data shows that the child "
                    + "was adopted during the year.", reads(AD1, EPISODES), (child, out) -> {
                        Row adoption = adoptedThisYear(child);
                        if (adoption == null) return;
                        for (Row a : child.rows(AD1)) {
                            List<String> blank = ADOPTION_FIELDS.stream().filter(a::blank).toList();
                            if (!blank.isEmpty()) out.at(a, "adopted " + adoption.text("DEC") + "; blank: " + String.join(", ", blank));
                        }
                    }),
            Rule.error("602", "The episode data submitted for this child does not show that he/she was adopted during the year.",
                    reads(AD1, EPISODES), (child, out) -> {
                        if (adoptedThisYear(child) != null) return;
                        for (Row a : child.rows(AD1)) {
                            if (ADOPTION_FIELDS.stream().anyMatch(a::has)) out.at(a);
                        }
                    }),

            // ---- placed for adoption alone
            notADate("115", "Date of Local Authority's (LA) decision that a child should be placed for adoption is not a valid date.",
                    PLACED_ADOPTION, "DATE_PLACED"),
            notADate("116", "Date of Local Authority's (LA) decision that a child should no longer be placed for adoption is not a valid date.",
                    PLACED_ADOPTION, "DATE_PLACED_CEASED"),
            Rule.error("119", "If the decision is made that a child should no longer be placed for adoption, then the date of this decision and "
                    + "the reason why this decision was made must be completed.", reads(PLACED_ADOPTION),
                    (child, out) -> child.rows(PLACED_ADOPTION).forEach(p -> {
                        if (p.blank("DATE_PLACED_CEASED") != p.blank("REASON_PLACED_CEASED"))
                            out.at(p, p.blank("DATE_PLACED_CEASED") ? seen(p, "REASON_PLACED_CEASED") + " without a date" : seen(p, "DATE_PLACED_CEASED") + " without a reason");
                    })),
            notACode("120", "The reason for the reversal of the decision that the child should be placed for adoption code is not valid.",
                    PLACED_ADOPTION, "REASON_PLACED_CEASED", "RD1", "RD2", "RD3", "RD4"),
            Rule.error("522", "Date of decision that the child should be placed for adoption must be on or before the date that a child should no "
                    + "longer be placed for adoption.", reads(PLACED_ADOPTION), (child, out) -> child.rows(PLACED_ADOPTION).forEach(p -> {
                        LocalDate placed = p.date("DATE_PLACED");
                        LocalDate ceased = p.date("DATE_PLACED_CEASED");
                        if (placed != null && ceased != null && ceased.isBefore(placed)) out.at(p, seen(p, "DATE_PLACED", "DATE_PLACED_CEASED"));
                    })),
            Rule.error("563", "The child should no longer be placed for adoption but the date of the decision that the child should be placed for "
                    + "adoption is blank", reads(PLACED_ADOPTION), (child, out) -> child.rows(PLACED_ADOPTION).forEach(p -> {
                        if (p.has("REASON_PLACED_CEASED") && p.has("DATE_PLACED_CEASED") && p.blank("DATE_PLACED"))
                            out.at(p, seen(p, "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"));
                    })),
            Rule.error("579", "A new decision that the child should be placed for adoption this year cannot start when the previous decision is "
                    + "still open. Decisions to place the child for adoption should also not overlap. The date of any new decision to place the "
                    + "child for adoption must not be before the date placed ceased of previous decisions.", reads(PLACED_ADOPTION),
                    (child, out) -> {
                        List<Row> decisions = byDatePlaced(child.rows(PLACED_ADOPTION));
                        for (int i = 1; i < decisions.size(); i++) {
                            Row before = decisions.get(i - 1);
                            Row next = decisions.get(i);
                            LocalDate beforeCeased = before.date("DATE_PLACED_CEASED");
                            LocalDate placed = next.date("DATE_PLACED");
                            if (beforeCeased == null) out.at(next, seen(next, "DATE_PLACED") + "; the decision of " + before.text("DATE_PLACED") + " is still open");
                            else if (placed != null && placed.isBefore(beforeCeased))
                                out.at(next, seen(next, "DATE_PLACED") + "; the decision of " + before.text("DATE_PLACED") + " ceased " + before.text("DATE_PLACED_CEASED"));
                        }
                    }),
            Rule.query("583", "More than one date the child should be placed for adoption has been reported, but an earlier decision has not been "
                    + "revoked. Check that both dates are required and add in the date the earlier decision was revoked. Note this may be in a "
                    + "previous year.", reads(PLACED_ADOPTION), (child, out) -> {
                        List<Row> decisions = child.rows(PLACED_ADOPTION);
                        if (decisions.size() < 2) return;
                        Row newest = latestDecision(decisions);
                        for (Row p : decisions) {
                            if (p != newest && p.blank("DATE_PLACED_CEASED"))
                                out.at(p, seen(p, "DATE_PLACED") + " not ceased; a later decision " + newest.text("DATE_PLACED"));
                        }
                    }),

            // ---- placed for adoption with last year's
            Rule.error("559", "Date of decision that a child should be placed for adoption was not in the current year but the date of the "
                    + "decision that the child should be placed for adoption was not completed in a previous return.", reads(PLACED_ADOPTION),
                    (child, out) -> {
                        List<Row> last = lastYearsDecisions(child);
                        if (last == null || last.stream().anyMatch(p -> p.date("DATE_PLACED") != null)) return;
                        for (Row p : child.rows(PLACED_ADOPTION)) {
                            LocalDate placed = p.date("DATE_PLACED");
                            if (placed != null && placed.isBefore(child.collectionStart())) out.at(p, seen(p, "DATE_PLACED") + "; none last year");
                        }
                    }),
            Rule.error("560", "Date of decision that the child should be placed for adoption this year is different from that recorded last year "
                    + "but the decision to place the child for adoption did not change.", reads(PLACED_ADOPTION), (child, out) -> {
                        List<Row> last = lastYearsDecisions(child);
                        List<Row> now = child.rows(PLACED_ADOPTION);
                        if (last == null || now.isEmpty()) return;
                        Set<Row> found = new LinkedHashSet<>();
                        String stillOpen = null;
                        for (Row l : last) {
                            if (l.blank("DATE_PLACED") || l.has("DATE_PLACED_CEASED")) continue;
                            if (now.stream().noneMatch(p -> sameDate(p, "DATE_PLACED", l, "DATE_PLACED"))) {
                                found.addAll(now);
                                stillOpen = l.text("DATE_PLACED");
                            }
                        }
                        for (Row p : found) out.at(p, seen(p, "DATE_PLACED") + "; last year " + stillOpen + ", not ceased");
                    }),
            Rule.error("561", "Date of the decision that the child should be placed for adoption this year is the same as that recorded last year "
                    + "but records show that the decision changed, and the child should no longer be placed for adoption last year.",
                    reads(PLACED_ADOPTION), (child, out) -> {
                        List<Row> last = lastYearsDecisions(child);
                        if (last == null) return;
                        for (Row p : child.rows(PLACED_ADOPTION)) {
                            if (last.stream().anyMatch(l -> sameDate(p, "DATE_PLACED", l, "DATE_PLACED")
                                    && (l.has("DATE_PLACED_CEASED") || l.has("REASON_PLACED_CEASED"))))
                                out.at(p, seen(p, "DATE_PLACED") + "; ceased last year");
                        }
                    }),
            Rule.error("584", "Date of decision that the child should be placed for adoption this year is different from that recorded last year, "
                    + "but the decision to placed the child for adoption changed and the child should no longer be placed for adoption.",
                    reads(PLACED_ADOPTION), (child, out) -> {
                        List<Row> last = lastYearsDecisions(child);
                        if (last == null) return;
                        List<Row> ceased = last.stream().filter(l -> l.has("DATE_PLACED_CEASED") || l.has("REASON_PLACED_CEASED")).toList();
                        if (ceased.isEmpty()) return;
                        for (Row p : child.rows(PLACED_ADOPTION)) {
                            LocalDate placed = p.date("DATE_PLACED");
                            if (p.blank("DATE_PLACED")) {
                                out.at(p, "DATE_PLACED blank; a decision ceased last year");
                                continue;
                            }
                            for (Row l : ceased) {
                                LocalDate before = l.date("DATE_PLACED");
                                if (placed != null && before != null && !placed.isAfter(before)) {
                                    out.at(p, seen(p, "DATE_PLACED") + "; last year's decision of " + l.text("DATE_PLACED") + " ceased");
                                    break;
                                }
                            }
                        }
                    }),

            // ---- placed for adoption with the header or AD1
            Rule.error("184", "Date of decision that a child should be placed for adoption is before the child was born.",
                    reads(HEADER, PLACED_ADOPTION), (child, out) -> {
                        LocalDate born = child.dateOfBirth();
                        if (born == null) return;
                        for (Row p : child.rows(PLACED_ADOPTION)) {
                            LocalDate placed = p.date("DATE_PLACED");
                            if (placed != null && placed.isBefore(born)) out.at(p, seen(p, "DATE_PLACED") + ", born " + Dates903.format(born));
                        }
                    }),
            Rule.error("523", "Date of decision that the child should be placed for adoption should be the same date as the decision that adoption "
                    + "is in the best interest (date should be placed).", reads(AD1, PLACED_ADOPTION), (child, out) -> {
                        List<Row> decisions = child.rows(PLACED_ADOPTION).stream().filter(p -> p.date("DATE_PLACED") != null).toList();
                        if (decisions.isEmpty()) return;
                        for (Row a : child.rows(AD1)) {
                            LocalDate decided = a.date("DATE_INT");
                            if (decided != null && decisions.stream().noneMatch(p -> decided.equals(p.date("DATE_PLACED"))))
                                out.at(a, seen(a, "DATE_INT") + ", DATE_PLACED " + String.join(", ", decisions.stream().map(p -> p.text("DATE_PLACED")).toList()));
                        }
                    }),
            Rule.error("525", "A child for whom the decision to be placed for adoption has been reversed cannot be adopted during the year.",
                    reads(AD1, PLACED_ADOPTION), (child, out) -> {
                        Row reversed = child.rows(PLACED_ADOPTION).stream().filter(p -> p.has("DATE_PLACED_CEASED")).findFirst().orElse(null);
                        if (reversed == null) return;
                        for (Row a : child.rows(AD1)) {
                            if (ADOPTION_FIELDS.stream().anyMatch(a::has)) out.at(a, "decision reversed: " + seen(reversed, "DATE_PLACED_CEASED"));
                        }
                    }),

            // ---- placed for adoption with the episodes
            Rule.error("1003", "Date of LA's decision that a child should be placed for adoption is before the child started to be looked after.",
                    reads(EPISODES, PLACED_ADOPTION), (child, out) -> {
                        Row started = earliest(child.episodes(), e -> e.is("RNE", "S"));
                        if (started == null) return;
                        for (Row p : child.rows(PLACED_ADOPTION)) {
                            LocalDate placed = p.date("DATE_PLACED");
                            if (placed != null && placed.isBefore(started.date("DECOM")))
                                out.at(p, seen(p, "DATE_PLACED") + ", started to be looked after " + started.text("DECOM"));
                        }
                    }),
            Rule.error("117", "Date of decision that a child should/should no longer be placed for adoption is beyond the current collection year "
                    + "or after the child ceased to be looked after.", reads(EPISODES, PLACED_ADOPTION), (child, out) -> {
                        Row last = latest(child.episodes(), e -> !e.is("REC", "X1"));
                        if (last == null) return;
                        LocalDate ceased = last.date("DEC");
                        for (Row p : child.rows(PLACED_ADOPTION)) {
                            List<String> late = new ArrayList<>();
                            for (String column : List.of("DATE_PLACED", "DATE_PLACED_CEASED")) {
                                LocalDate d = p.date(column);
                                if (d != null && (d.isAfter(child.collectionEnd()) || (ceased != null && d.isAfter(ceased)))) late.add(seen(p, column));
                            }
                            if (!late.isEmpty()) out.at(p, String.join(", ", late) + (ceased == null ? "" : "; ceased to be looked after " + last.text("DEC")));
                        }
                    }),
            Rule.error("118", "Date of decision that a child should no longer be placed for adoption is before the current collection year or "
                    + "before the date the child started to be looked after.", reads(EPISODES, PLACED_ADOPTION), (child, out) -> {
                        Row first = earliest(child.episodes(), e -> !e.is("LS", "V3", "V4"));
                        if (first == null) return;
                        LocalDate started = first.date("DECOM");
                        for (Row p : child.rows(PLACED_ADOPTION)) {
                            LocalDate ceased = p.date("DATE_PLACED_CEASED");
                            if (ceased != null && (ceased.isBefore(started) || ceased.isBefore(child.collectionStart())))
                                out.at(p, seen(p, "DATE_PLACED_CEASED") + ", first episode began " + first.text("DECOM"));
                        }
                    }),
            Rule.error("551", "Child has been placed for adoption but there is no date of the decision that the child should be placed for adoption.",
                    reads(EPISODES, PLACED_ADOPTION), (child, out) -> {
                        List<Row> decisions = child.rows(PLACED_ADOPTION);
                        boolean without = decisions.isEmpty() || decisions.stream().anyMatch(p -> p.blank("DATE_PLACED"));
                        if (!without) return;
                        for (Row e : child.episodes()) {
                            if (e.is("PLACE", PLACED_FOR_ADOPTION)) out.at(e, "PLACE " + e.text("PLACE") + " from " + e.text("DECOM"));
                        }
                    }),
            Rule.error("552", "Date of Decision to place a child for adoption should be on or prior to the date that the child was placed for "
                    + "adoption.", reads(EPISODES, PLACED_ADOPTION), (child, out) -> {
                        Row placement = earliest(child.episodes(), e -> e.is("PLACE", PLACED_FOR_ADOPTION));
                        Row decision = child.rows(PLACED_ADOPTION).stream().filter(p -> p.date("DATE_PLACED") != null)
                                .max(Comparator.comparing((Row p) -> p.date("DATE_PLACED"))).orElse(null);
                        if (placement != null && decision != null && placement.date("DECOM").isBefore(decision.date("DATE_PLACED")))
                            out.at(decision, seen(decision, "DATE_PLACED") + ", placed for adoption " + placement.text("DECOM"));
                    }),
            orderWithoutDecision("553", "Placement order has been granted but there is no date of decision that the child should be placed for "
                    + "adoption.", "E1"),
            Rule.error("554", "Date of decision that the child should be placed for adoption should be on or prior to the date that the placement "
                    + "order was granted. [NOTE: This rule may result in false positives or false negatives if relevant episodes are in "
                    + "previous years; please check carefully!]", reads(EPISODES, PLACED_ADOPTION), (child, out) -> {
                        Row order = earliest(child.episodes(), e -> e.is("LS", "E1"));
                        if (order == null) return;
                        for (Row p : child.rows(PLACED_ADOPTION)) {
                            LocalDate placed = p.date("DATE_PLACED");
                            if (placed != null && placed.isAfter(order.date("DECOM")))
                                out.at(p, seen(p, "DATE_PLACED") + ", placement order (E1) from " + order.text("DECOM"));
                        }
                    }),
            orderWithoutDecision("555", "Freeing order has been granted but there is no date of decision that the child should be placed for "
                    + "adoption.", "D1"),
            Rule.error("556", "Date of decision that the child should be placed for adoption should be on or prior to the date that the freeing "
                    + "order was granted.", reads(EPISODES, PLACED_ADOPTION), (child, out) -> {
                        for (Row e : child.episodes()) {
                            LocalDate decom = e.date("DECOM");
                            if (!e.is("LS", "D1") || decom == null) continue;
                            child.rows(PLACED_ADOPTION).stream()
                                    .filter(p -> p.date("DATE_PLACED") != null && p.date("DATE_PLACED").isAfter(decom)).findFirst()
                                    .ifPresent(p -> out.at(e, "freeing order (D1) from " + e.text("DECOM") + ", " + seen(p, "DATE_PLACED")));
                        }
                    }),
            leftCareNotAdopted("E1", "D1").until(2023),
            leftCareNotAdopted("E1").from(2024),
            Rule.error("558", "If a child has been adopted, then the decision to place them for adoption has not been disrupted and the date of the "
                    + "decision that a child should no longer be placed for adoption should be left blank.", reads(EPISODES, PLACED_ADOPTION),
                    (child, out) -> {
                        List<Row> decisions = child.rows(PLACED_ADOPTION);
                        if (decisions.size() < 2 || child.episodes().stream().noneMatch(e -> e.is("REC", ADOPTED))) return;
                        Row newest = latestDecision(decisions);
                        if (newest.has("DATE_PLACED_CEASED")) out.at(newest, "adopted; " + seen(newest, "DATE_PLACED", "DATE_PLACED_CEASED"));
                    }),

            // ---- previous permanence
            Rule.error("630", "Information on previous permanence option should be returned.", reads(EPISODES, PREV_PERM), (child, out) -> {
                List<Row> perm = child.rows(PREV_PERM);
                boolean missing = perm.isEmpty() || perm.stream().anyMatch(p -> p.blank("PREV_PERM")
                        || (!p.is("PREV_PERM", "Z1") && (p.blank("LA_PERM") || p.blank("DATE_PERM"))));
                if (!missing) return;
                for (Row e : child.episodes()) {
                    LocalDate decom = e.date("DECOM");
                    if (e.is("RNE", "S") && decom != null && !decom.isBefore(child.collectionStart()))
                        out.at(e, "started to be looked after " + e.text("DECOM") + (perm.isEmpty() ? "; no previous permanence row"
                                : "; " + seen(perm.get(0), "PREV_PERM", "LA_PERM", "DATE_PERM")));
                }
            }),
            notACode("631", "Previous permanence option not a valid value.", PREV_PERM, "PREV_PERM", "P1", "P2", "P3", "P4", "Z1"),
            Rule.error("632", "Date of previous permanence order not a valid value. NOTE: This rule may result in false negatives where the period "
                    + "of care started before the current collection year", reads(EPISODES, PREV_PERM), (child, out) -> {
                        Row first = earliest(child.episodes(), e -> true);
                        for (Row p : child.rows(PREV_PERM)) {
                            if (p.blank("DATE_PERM")) continue;
                            LocalDate order = permanenceDate(p.text("DATE_PERM"));
                            if (order == null) out.at(p, seen(p, "DATE_PERM"));
                            else if (order != YEAR_NOT_KNOWN && first != null && !order.isBefore(first.date("DECOM")))
                                out.at(p, seen(p, "DATE_PERM") + ", first episode began " + first.text("DECOM"));
                        }
                    }),
            Rule.error("633", "Local authority code where previous permanence option was arranged is not a valid value.", reads(PREV_PERM),
                    (child, out) -> child.rows(PREV_PERM).forEach(p -> {
                        if (p.has("LA_PERM") && !LA_CODES.contains(p.text("LA_PERM").toUpperCase(Locale.ROOT))) out.at(p, seen(p, "LA_PERM"));
                    })),
            Rule.error("634", "There are entries for previous permanence options, but child has not started to be looked after from 1 April 2016 "
                    + "onwards.", reads(EPISODES, PREV_PERM), (child, out) -> {
                        Row last = latest(child.episodes(), e -> true);
                        if (last == null || !last.date("DECOM").isBefore(PREVIOUS_PERMANENCE_FROM)) return;
                        for (Row p : child.rows(PREV_PERM)) {
                            if (p.has("PREV_PERM") || p.has("LA_PERM") || p.has("DATE_PERM"))
                                out.at(p, "latest episode began " + last.text("DECOM"));
                        }
                    }),
            Rule.error("635", "There are entries for date of order and local authority code where previous permanence option was arranged but "
                    + "previous permanence code is Z1", reads(PREV_PERM), (child, out) -> child.rows(PREV_PERM).forEach(p -> {
                        if ((p.has("LA_PERM") || p.has("DATE_PERM")) && (p.blank("PREV_PERM") || p.is("PREV_PERM", "Z1")))
                            out.at(p, seen(p, "PREV_PERM", "LA_PERM", "DATE_PERM"));
                    })),

            // ---- the files against the header
            notInHeader("INT01", "Data Integrity Check: Child in AD1 does not exist in Header.", AD1),
            notInHeader("INT02", "Internal Check: Child in PlacedAdoption does not exist in Header.", PLACED_ADOPTION),
            notInHeader("INT07", "Internal Check: Child in PrevPerm does not exist in Header.", PREV_PERM),
            otherDateOfBirth("INT11", "Internal Check: DOB in AD1 is different to DOB in Header.", AD1),
            otherDateOfBirth("INT12", "Internal Check: DOB in PlacedAdoption is different to DOB in Header.", PLACED_ADOPTION),
            otherDateOfBirth("INT16", "Internal Check: DOB in PrevPerm is different to DOB in Header.", PREV_PERM),
            moreThanOnce("INT31", "Internal Check: Child should only exist once in AD1.", AD1),
            moreThanOnce("INT35", "Internal Check: Child should only exist once in PrevPerm.", PREV_PERM));

    // ---- rules alike but for their file, field or codes

    private static Rule notADate(String number, String message, ReturnFile file, String column) {
        return Rule.error(number, message, reads(file), (child, out) -> child.rows(file).forEach(r -> {
            if (r.has(column) && r.date(column) == null) out.at(r, seen(r, column));
        }));
    }

    private static Rule notACode(String number, String message, ReturnFile file, String column, String... codes) {
        return Rule.error(number, message, reads(file), (child, out) -> child.rows(file).forEach(r -> {
            if (r.has(column) && !r.is(column, codes)) out.at(r, seen(r, column));
        }));
    }

    /** Adopters of this legal status must be of one of these genders (a blank gender is none of them, as DfE's tool reads it). */
    private static Rule adopters(String number, String message, String legalStatus, String... genders) {
        return Rule.error(number, message, reads(AD1), (child, out) -> child.rows(AD1).forEach(a -> {
            if (a.is("LS_ADOPTR", legalStatus) && !a.is("SEX_ADOPTR", genders)) out.at(a, seen(a, "LS_ADOPTR", "SEX_ADOPTR"));
        }));
    }

    /** An order (legal status) with no decision to place for adoption; or the order still open and a decision recorded as ceased. */
    private static Rule orderWithoutDecision(String number, String message, String legalStatus) {
        return Rule.error(number, message, reads(EPISODES, PLACED_ADOPTION), (child, out) -> {
            List<Row> decisions = child.rows(PLACED_ADOPTION);
            Set<Row> ceasedWhileOpen = new LinkedHashSet<>();
            for (Row e : child.episodes()) {
                if (!e.is("LS", legalStatus)) continue;
                if (decisions.isEmpty()) out.at(e, "LS " + e.text("LS") + " from " + e.text("DECOM") + "; no decision to place for adoption");
                else if (e.blank("DEC")) {
                    for (Row p : decisions) if (p.has("DATE_PLACED_CEASED") || p.has("REASON_PLACED_CEASED")) ceasedWhileOpen.add(p);
                }
            }
            for (Row p : ceasedWhileOpen) out.at(p, "LS " + legalStatus + " still open; " + seen(p, "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"));
        });
    }

    /** 557: placed for adoption or under one of these orders, left care other than by adoption, the decision not recorded as ceased. */
    private static Rule leftCareNotAdopted(String... legalStatuses) {
        return Rule.error("557", "Child for whom the decision was made that they should be placed for adoption has left care but was not adopted "
                + "and information on the decision that they should no longer be placed for adoption items has not been completed.",
                reads(EPISODES, PLACED_ADOPTION), (child, out) -> {
                    List<Row> decisions = child.rows(PLACED_ADOPTION);
                    boolean notCeased = decisions.isEmpty()
                            || decisions.stream().anyMatch(p -> p.blank("DATE_PLACED_CEASED") || p.blank("REASON_PLACED_CEASED"));
                    if (!notCeased) return;
                    for (Row e : child.episodes()) {
                        boolean onTheWay = e.is("PLACE", PLACED_FOR_ADOPTION) || e.is("LS", legalStatuses);
                        if (onTheWay && e.has("REC") && !e.is("REC", "E11", "E12", "X1"))
                            out.at(e, "PLACE " + e.text("PLACE") + ", LS " + e.text("LS") + ", REC " + e.text("REC")
                                    + (decisions.isEmpty() ? "; no decision to place for adoption" : "; the decision not recorded as ceased"));
                    }
                });
    }

    private static Rule notInHeader(String number, String message, ReturnFile file) {
        return Rule.error(number, message, reads(file, HEADER), (child, out) -> {
            if (child.header().isEmpty()) child.rows(file).forEach(r -> out.at(r, "CHILD " + r.child()));
        });
    }

    /** The file's DOB and the header's, each as the file writes it, both read and not the same day. */
    private static Rule otherDateOfBirth(String number, String message, ReturnFile file) {
        return Rule.error(number, message, reads(file, HEADER), (child, out) -> child.header().ifPresent(h -> {
            LocalDate header = h.date("DOB");
            if (header == null) return;
            for (Row r : child.rows(file)) {
                LocalDate here = r.date("DOB");
                if (here != null && !here.equals(header)) out.at(r, "DOB " + r.text("DOB") + ", header DOB " + h.text("DOB"));
            }
        }));
    }

    private static Rule moreThanOnce(String number, String message, ReturnFile file) {
        return Rule.error(number, message, reads(file), (child, out) -> {
            List<Row> rows = child.rows(file);
            if (rows.size() > 1) rows.forEach(r -> out.at(r, rows.size() + " rows for CHILD " + r.child()));
        });
    }

    // ---- reading the rows

    /** The first episode to begin (a DECOM that reads) of those the test accepts, or null. */
    private static Row earliest(List<Row> episodes, Predicate<Row> which) {
        for (Row e : episodes) if (e.date("DECOM") != null && which.test(e)) return e;
        return null;
    }

    /** The last episode to begin (a DECOM that reads) of those the test accepts, or null. */
    private static Row latest(List<Row> episodes, Predicate<Row> which) {
        Row last = null;
        for (Row e : episodes) if (e.date("DECOM") != null && which.test(e)) last = e;
        return last;
    }

    /** An episode that ended in adoption (REC E11/E12) within the collection year, or null. */
    private static Row adoptedThisYear(ChildReturn child) {
        for (Row e : child.episodes()) {
            LocalDate dec = e.date("DEC");
            if (e.is("REC", ADOPTED) && dec != null && !dec.isBefore(child.collectionStart()) && !dec.isAfter(child.collectionEnd())) return e;
        }
        return null;
    }

    /** The decisions by DATE_PLACED, those whose date does not read last, then by line. */
    private static List<Row> byDatePlaced(List<Row> decisions) {
        List<Row> sorted = new ArrayList<>(decisions);
        sorted.sort(Comparator.comparing((Row p) -> p.date("DATE_PLACED"), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(Row::line));
        return sorted;
    }

    /** The decision with the latest DATE_PLACED (the first written of equals); the first row when no date reads. */
    private static Row latestDecision(List<Row> decisions) {
        Row newest = decisions.get(0);
        for (Row p : decisions) {
            LocalDate d = p.date("DATE_PLACED");
            LocalDate best = newest.date("DATE_PLACED");
            if (d != null && (best == null || d.isAfter(best))) newest = p;
        }
        return newest;
    }

    /** Last year's placed for adoption rows of the child, or null when last year's return is not held or had no such file. */
    private static List<Row> lastYearsDecisions(ChildReturn child) {
        return child.lastYears(PLACED_ADOPTION);
    }

    /** Two fields give the same date: the same day when both read, otherwise the same text; never when either is blank. */
    private static boolean sameDate(Row a, String columnA, Row b, String columnB) {
        if (a.blank(columnA) || b.blank(columnB)) return false;
        LocalDate da = a.date(columnA);
        LocalDate db = b.date(columnB);
        if (da != null && db != null) return da.equals(db);
        return a.text(columnA).equalsIgnoreCase(b.text(columnB));
    }

    /**
     * A date of previous permanence order, where DfE lets ZZ stand for a day or month not known and ZZZZ for a year: the latest day it
     * can be (a day not known is the month's last, a month not known is December), {@link #YEAR_NOT_KNOWN} when its year is not
     * known, or null when it is not such a date.
     */
    private static LocalDate permanenceDate(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        if (!t.contains("Z")) {
            try {
                return Dates903.parse(t);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        String[] p = t.split("/", -1);
        if (p.length != 3 || !p[0].matches("ZZ|\\d{1,2}") || !p[1].matches("ZZ|\\d{1,2}") || !p[2].matches("ZZZZ|\\d{4}")) return null;
        boolean yearKnown = !p[2].equals("ZZZZ");
        int year = yearKnown ? Integer.parseInt(p[2]) : 2000;
        int month = p[1].equals("ZZ") ? 12 : Integer.parseInt(p[1]);
        if (month < 1 || month > 12) return null;
        YearMonth ym = YearMonth.of(year, month);
        int day = p[0].equals("ZZ") ? ym.lengthOfMonth() : Integer.parseInt(p[0]);
        if (day < 1 || day > ym.lengthOfMonth()) return null;
        return yearKnown ? ym.atDay(day) : YEAR_NOT_KNOWN;
    }

    /** "COL value, COL value" for the fields named, as the row writes them. */
    private static String seen(Row r, String... columns) {
        List<String> parts = new ArrayList<>();
        for (String c : columns) parts.add(c + " " + (r.blank(c) ? "blank" : r.text(c)));
        return String.join(", ", parts);
    }
}
