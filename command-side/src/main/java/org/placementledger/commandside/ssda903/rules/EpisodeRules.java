package org.placementledger.commandside.ssda903.rules;

import org.placementledger.events.ssda903.ReturnFile;

import org.placementledger.events.ssda903.Dates903;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.placementledger.events.ssda903.ReturnFile.EPISODES;
import static org.placementledger.commandside.ssda903.rules.Rule.reads;

/**
 * DfE rules that read the episodes file: codes that must (or must not) go together in an episode, temporary and
 * respite placements, the time limits of short legal statuses, the periods of care episodes make, postcodes and
 * the Ofsted URN. Rules needing what DfE's tool derives from postcodes (the placement's local authority, its
 * distance, in or out of the area) or Ofsted's provider register are not here: the ledger is not given them.
 * <p>
 * Longer than 300 lines because it holds a whole group of DfE's rules, a few lines each, under their DfE
 * numbers, so that the rules that read the same files are found in one place.
 */
final class EpisodeRules {

    private EpisodeRules() {
    }

    private static final String[] TEMPORARY = {"T0", "T1", "T2", "T3", "T4"};
    private static final String[] RESPITE = {"V3", "V4"};
    private static final String[] ADOPTED = {"E11", "E12"};
    private static final String[] PLACED_FOR_ADOPTION = {"A3", "A4", "A5", "A6"};
    /** Placements that are a foster placement, or already one for adoption, for rule 336. */
    private static final String[] FOSTERED_OR_PLACED = {"A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5", "U6"};
    /** Placements DfE says carry no Ofsted URN, up to 2023-24 (222). */
    private static final String[] NO_URN_UNTIL_2023 = {"P1", "P2", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z1"};
    /** From 2024-25: P2 is no longer a placement type. */
    private static final String[] NO_URN_FROM_2024 = {"P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z1"};
    private static final String URN_NOT_KNOWN = "XXXXXXX";
    private static final LocalDate EARLIEST_EPISODE = LocalDate.of(1991, 10, 14);
    private static final LocalDate RNE_217_FROM = LocalDate.of(2015, 4, 1);
    private static final LocalDate P2_LAST_DAY = LocalDate.of(2023, 10, 28);
    /** Files a child with no episodes this year should have no rows in (1012); the reviews file is not one the ledger imports. */
    private static final List<ReturnFile> NOT_WITHOUT_EPISODES = List.of(
            ReturnFile.PLACED_ADOPTION, ReturnFile.MISSING, ReturnFile.AD1, ReturnFile.PREV_PERM, ReturnFile.OC2);

    static final List<Rule> ALL = List.of(
            Rule.error("1012", "No other data should be returned for OC3 children who had no episodes in the current year", reads(EPISODES),
                    (child, out) -> {
                        if (!child.episodes().isEmpty()) return;
                        for (ReturnFile f : NOT_WITHOUT_EPISODES) {
                            for (Row r : child.rows(f)) out.at(r, "a row in " + f.defaultName() + " but no episode this year");
                        }
                    }),
            Rule.error("199", "Episode information shows child has been previously adopted from care. [NOTE: This only tests the current and previous year data loaded into the tool]",
                    reads(EPISODES), EpisodeRules::afterAdoption),
            Rule.error("214", "Placement location information not required.", reads(EPISODES),
                    eachEpisode(e -> e.is("LS", RESPITE) && (e.has("PL_POST") || e.has("URN")),
                            e -> seen(e, "LS", "PL_POST", "URN"))),
            Rule.error("217", "Children who are placed for adoption with current foster carers (placement types A3 or A5) must have a reason for new episode of S, T or U.",
                    reads(EPISODES),
                    eachEpisode(e -> e.is("PLACE", "A3", "A5") && onOrAfter(e.date("DECOM"), RNE_217_FROM) && !e.is("RNE", "S", "T", "U"),
                            e -> seen(e, "PLACE", "DECOM", "RNE"))),
            Rule.error("217t", "Placement type 'P2' is not a valid placement type from 28 October 2023.", reads(EPISODES),
                    (child, out) -> {
                        for (Row e : child.episodes()) {
                            // An open episode (or one whose DEC does not read) lasts to the year's end, as DfE's tool reads it.
                            if (e.is("PLACE", "P2") && child.endOrYearEnd(e).isAfter(P2_LAST_DAY)) out.at(e, seen(e, "PLACE", "DECOM", "DEC"));
                        }
                    }).until(2023),
            Rule.error("222", "Ofsted Unique reference number (URN) should not be recorded for this placement type.", reads(EPISODES),
                    eachEpisode(e -> e.is("PLACE", NO_URN_UNTIL_2023) && urnGiven(e), e -> seen(e, "PLACE", "URN"))).until(2023),
            Rule.error("222", "Ofsted Unique reference number (URN) should not be recorded for this placement type.", reads(EPISODES),
                    eachEpisode(e -> e.is("PLACE", NO_URN_FROM_2024) && urnGiven(e), e -> seen(e, "PLACE", "URN"))).from(2024),
            Rule.error("226", "Reason for placement change is not required.", reads(EPISODES),
                    (child, out) -> {
                        List<Row> eps = child.episodes();
                        for (int i = 0; i < eps.size(); i++) {
                            Row e = eps.get(i);
                            if (!e.is("PLACE", TEMPORARY)) continue;
                            if (e.has("REASON_PLACE_CHANGE")) out.at(e, seen(e, "PLACE", "REASON_PLACE_CHANGE"));
                            else if (i > 0 && eps.get(i - 1).has("REASON_PLACE_CHANGE")) {
                                out.at(e, seen(e, "PLACE") + "; the episode before it has REASON_PLACE_CHANGE "
                                        + eps.get(i - 1).text("REASON_PLACE_CHANGE"));
                            }
                        }
                    }),
            Rule.error("336", "Child does not have a foster placement immediately prior to being placed for adoption.", reads(EPISODES),
                    (child, out) -> {
                        List<Row> eps = child.episodes();
                        for (int i = 1; i < eps.size(); i++) {
                            Row e = eps.get(i);
                            Row before = eps.get(i - 1);
                            if (e.is("PLACE", "A3", "A5") && !before.is("PLACE", FOSTERED_OR_PLACED)) {
                                out.at(e, seen(e, "PLACE") + "; the episode before it has PLACE " + before.text("PLACE"));
                            }
                        }
                    }),
            Rule.error("353", "No episode submitted can start before 14 October 1991.", reads(EPISODES),
                    eachEpisode(e -> e.date("DECOM") != null && e.date("DECOM").isBefore(EARLIEST_EPISODE), e -> seen(e, "DECOM"))),
            Rule.error("355", "Episode appears to have lasted for less than 24 hours", reads(EPISODES),
                    eachEpisode(e -> e.date("DECOM") != null && e.date("DECOM").equals(e.date("DEC")), e -> seen(e, "DECOM", "DEC"))),
            Rule.error("357", "If this is the first episode ever for this child, reason for new episode must be S.  Check whether there is an episode immediately preceding this one, which has been left out.  If not the reason for new episode code must be amended to S.",
                    reads(EPISODES),
                    (child, out) -> {
                        // The first episode that reads; one that began before the year may continue an earlier one.
                        Row first = child.episodes().stream().filter(e -> e.date("DECOM") != null).findFirst().orElse(null);
                        if (first != null && onOrAfter(first.date("DECOM"), child.collectionStart()) && !first.is("RNE", "S")) {
                            out.at(first, seen(first, "DECOM", "RNE"));
                        }
                    }),
            Rule.error("361", "Police protection legal status lasted longer than maximum 72 hours allowed in the Children Act 1989.", reads(EPISODES),
                    (child, out) -> longerThan("L1", 3, child, out)),
            Rule.error("362", "Emergency protection order (EPO) lasted longer than 21 days", reads(EPISODES),
                    (child, out) -> longerThan("L2", 21, child, out)),
            Rule.error("363", "Child assessment order (CAO) lasted longer than 7 days allowed in the Children Act 1989.", reads(EPISODES),
                    (child, out) -> longerThan("L3", 7, child, out)),
            Rule.error("364", "Sections 41-46 of Police and Criminal Evidence (PACE; 1984) severely limits the time a child can be detained in custody in Local Authority (LA) accommodation.",
                    reads(EPISODES), (child, out) -> longerThan("J2", 21, child, out)),
            Rule.error("365", "Any individual short- term respite placement must not exceed 17 days.", reads(EPISODES),
                    (child, out) -> {
                        for (Row e : child.episodes()) {
                            LocalDate start = e.date("DECOM");
                            LocalDate end = end(child, e);
                            if (e.is("LS", "V3") && start != null && end != null && end.isAfter(start.plusDays(17))) {
                                out.at(e, seen(e, "LS", "DECOM", "DEC") + ", " + ChronoUnit.DAYS.between(start, end) + " days");
                            }
                        }
                    }),
            Rule.error("366", "A child cannot change placement during the course of an individual short-term respite break.", reads(EPISODES),
                    eachEpisode(e -> e.is("LS", "V3") && !e.is("RNE", "S"), e -> seen(e, "LS", "RNE"))),
            Rule.error("367", "The maximum amount of respite care allowable is 75 days in any 12-month period.", reads(EPISODES),
                    EpisodeRules::respiteInTheYear),
            Rule.error("377", "Only two temporary placements coded as being due to holiday of usual foster carer(s) are allowed in any 12- month period.",
                    reads(EPISODES),
                    (child, out) -> {
                        List<Row> holidays = child.episodes().stream().filter(e -> e.is("PLACE", "T3")).toList();
                        if (holidays.size() > 2) for (Row e : holidays) out.at(e, "PLACE T3, " + holidays.size() + " such placements this year");
                    }),
            Rule.error("378", "A child who is placed with parent(s) cannot be looked after under a single period of accommodation under Section 20 of the Children Act 1989.",
                    reads(EPISODES), eachEpisode(e -> e.is("PLACE", "P1") && e.is("LS", "V2"), e -> seen(e, "PLACE", "LS"))),
            Rule.error("380", "A period of care cannot start with a temporary placement.", reads(EPISODES),
                    eachEpisode(e -> e.is("PLACE", TEMPORARY) && !e.is("RNE", "P", "B"), e -> seen(e, "PLACE", "RNE"))),
            Rule.error("381", "A period of care cannot end with a temporary placement.", reads(EPISODES),
                    eachEpisode(e -> e.is("PLACE", TEMPORARY) && e.has("REC") && !e.is("REC", "X1"), e -> seen(e, "PLACE", "REC"))),
            Rule.error("382", "A child receiving respite care cannot be in a temporary placement.", reads(EPISODES),
                    eachEpisode(e -> e.is("LS", RESPITE) && e.is("PLACE", TEMPORARY), e -> seen(e, "LS", "PLACE"))),
            Rule.error("383", "A child in a temporary placement must subsequently return to his/her normal placement.", reads(EPISODES),
                    (child, out) -> {
                        List<Row> eps = child.episodes();
                        for (int i = 2; i < eps.size(); i++) {
                            Row before = eps.get(i - 2);
                            Row temporary = eps.get(i - 1);
                            Row after = eps.get(i);
                            if (!temporary.is("PLACE", TEMPORARY)) continue;
                            if (!after.is("RNE", "P") || !after.is("PLACE", upper(before.text("PLACE")))) {
                                out.at(after, "after temporary PLACE " + temporary.text("PLACE") + ": " + seen(after, "RNE", "PLACE")
                                        + ", the placement before was " + before.text("PLACE"));
                            }
                        }
                    }),
            Rule.error("384", "A child receiving respite care cannot be in a long-term foster placement ", reads(EPISODES),
                    eachEpisode(e -> e.is("LS", RESPITE) && e.is("PLACE", "U1", "U4"), e -> seen(e, "LS", "PLACE"))),
            Rule.error("390", "Reason episode ceased is adopted but child has not been previously placed for adoption.", reads(EPISODES),
                    eachEpisode(e -> e.is("REC", ADOPTED) && !e.is("PLACE", PLACED_FOR_ADOPTION), e -> seen(e, "REC", "PLACE"))),
            Rule.error("392b", "Child is looked after but no postcodes are recorded. [NOTE: This check may result in false positives for children formerly UASC, particularly if current & prior year UASC data not loaded]",
                    reads(EPISODES),
                    (child, out) -> {
                        if (uascThisOrLastYear(child)) return;
                        for (Row e : child.episodes()) {
                            if (!e.is("LS", RESPITE) && (e.blank("HOME_POST") || e.blank("PL_POST"))) out.at(e, seen(e, "LS", "HOME_POST", "PL_POST"));
                        }
                    }),
            Rule.error("392d", "Home and placement postcodes should not be same unless the placement type is P1.", reads(EPISODES),
                    eachEpisode(e -> !e.is("PLACE", "P1") && e.has("HOME_POST") && compact(e.text("HOME_POST")).equals(compact(e.text("PL_POST"))),
                            e -> seen(e, "PLACE", "HOME_POST", "PL_POST"))),
            Rule.error("398", "Distance field completed but child looked after under legal status V3 or V4.", reads(EPISODES),
                    eachEpisode(e -> e.is("LS", RESPITE) && (e.has("HOME_POST") || e.has("PL_POST")), e -> seen(e, "LS", "HOME_POST", "PL_POST"))));

    /** A rule that looks at each episode alone. */
    private static Rule.Check eachEpisode(Predicate<Row> broken, Function<Row, String> seen) {
        return (child, out) -> {
            for (Row e : child.episodes()) if (broken.test(e)) out.at(e, seen.apply(e));
        };
    }

    /** 199: an episode after one that ended in adoption (this year's or last year's), other than that adoption itself. */
    private static void afterAdoption(ChildReturn child, Findings out) {
        Set<Row> thisYear = Collections.newSetFromMap(new IdentityHashMap<>());
        thisYear.addAll(child.episodes());
        List<Row> all = new ArrayList<>();
        ChildReturn last = child.previous();
        if (last != null && last.supplies(EPISODES)) all.addAll(last.episodes());
        all.addAll(child.episodes());
        all.removeIf(e -> e.date("DECOM") == null);
        // Stable: on the same start day last year's rows come first, then this year's in the order they began.
        all.sort(Comparator.comparing((Row e) -> e.date("DECOM")));
        int adoptions = 0;
        String firstAdoption = null;
        for (Row e : all) {
            boolean adopted = e.is("REC", ADOPTED);
            if (adopted) adoptions++;
            boolean broken = adoptions > 0 && !(adopted && adoptions == 1);
            if (adopted && adoptions == 1) firstAdoption = e.text("DEC").isEmpty() ? e.text("DECOM") : e.text("DEC");
            if (broken && thisYear.contains(e)) out.at(e, seen(e, "DECOM", "REC") + "; the child was adopted (REC E11/E12) on " + firstAdoption);
        }
    }

    /**
     * 361-364: a legal status held for longer than DfE allows. Episodes under the status that follow one another
     * without a gap (each beginning the day the one before ended) are one spell, measured from its first day to its
     * last (the year's end while the last is open); every episode of a spell that is too long is reported.
     */
    private static void longerThan(String status, int maxDays, ChildReturn child, Findings out) {
        List<Row> spell = new ArrayList<>();
        LocalDate spellStart = null;
        LocalDate spellEnd = null;
        for (Row e : child.episodes()) {
            LocalDate start = e.date("DECOM");
            LocalDate end = end(child, e);
            boolean counts = e.is("LS", status) && start != null && end != null;
            if (counts && !spell.isEmpty() && start.equals(spellEnd)) {
                spell.add(e);
                spellEnd = end;
                continue;
            }
            reportSpell(status, maxDays, spell, spellStart, spellEnd, out);
            spell.clear();
            if (counts) {
                spell.add(e);
                spellStart = start;
                spellEnd = end;
            }
        }
        reportSpell(status, maxDays, spell, spellStart, spellEnd, out);
    }

    private static void reportSpell(String status, int maxDays, List<Row> spell, LocalDate start, LocalDate end, Findings out) {
        if (spell.isEmpty()) return;
        long days = ChronoUnit.DAYS.between(start, end);
        if (days <= maxDays) return;
        String seen = "LS " + status + " from " + Dates903.format(start) + " to "
                + Dates903.format(end) + ", " + days + " days";
        for (Row e : spell) out.at(e, seen);
    }

    /** 367: the days of short-term breaks (V3) within the collection year, added up. */
    private static void respiteInTheYear(ChildReturn child, Findings out) {
        List<Row> counted = new ArrayList<>();
        long total = 0;
        for (Row e : child.episodes()) {
            if (!e.is("LS", "V3")) continue;
            LocalDate start = e.date("DECOM");
            LocalDate end = end(child, e);
            if (start == null || end == null) continue;
            if (start.isBefore(child.collectionStart())) start = child.collectionStart();
            if (end.isAfter(child.collectionEnd())) end = child.collectionEnd();
            long days = ChronoUnit.DAYS.between(start, end);
            if (days <= 0) continue;
            counted.add(e);
            total += days;
        }
        if (total > 75) for (Row e : counted) out.at(e, "LS V3 for " + total + " days in the year");
    }

    /** An episode's end as DfE's tool measures it: its DEC, the year's end while open; null when DEC is given but does not read. */
    private static LocalDate end(ChildReturn child, Row e) {
        if (e.blank("DEC")) return child.collectionEnd();
        return e.date("DEC");
    }

    /** The child was unaccompanied asylum-seeking this year or last, as the UASC files say (a row of the child's in one). */
    private static boolean uascThisOrLastYear(ChildReturn child) {
        if (child.uasc().isPresent()) return true;
        ChildReturn last = child.previous();
        return last != null && last.uasc().isPresent();
    }

    private static boolean urnGiven(Row e) {
        return e.has("URN") && !e.is("URN", URN_NOT_KNOWN);
    }

    private static boolean onOrAfter(LocalDate date, LocalDate day) {
        return date != null && !date.isBefore(day);
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    /** A postcode as written, in capitals and without spaces, so that "TQ1 3AB" and "tq13ab" are the same. */
    private static String compact(String postcode) {
        return upper(postcode.replaceAll("\\s", ""));
    }

    /** "PLACE T3, RNE L": the named fields as the row has them. */
    private static String seen(Row row, String... columns) {
        StringBuilder s = new StringBuilder();
        for (String c : columns) {
            if (s.length() > 0) s.append(", ");
            s.append(c).append(' ').append(row.text(c).isEmpty() ? "blank" : row.text(c));
        }
        return s.toString();
    }
}
