package org.placementledger.commandside.ssda903.rules;

import org.placementledger.events.ssda903.ReturnFile;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.placementledger.events.ssda903.ReturnFile.EPISODES;
import static org.placementledger.commandside.ssda903.rules.Rule.reads;

/**
 * DfE rules that read the episodes alone (numbered 400 and over), and those that compare this year's episodes
 * with the child's episodes of last year's return as the ledger holds it.
 */
final class EpisodeContinuityRules {

    private EpisodeContinuityRules() {
    }

    private static final LocalDate FREEING_ORDERS_ENDED = LocalDate.of(2005, 12, 31);
    private static final LocalDate PLACEMENT_ORDERS_BEGAN = LocalDate.of(2005, 12, 1);

    static final List<Rule> ALL = List.of(
            Rule.error("408", "Child is placed for adoption with a placement order, but no placement order has been recorded.", reads(EPISODES),
                    (child, out) -> {
                        for (Row e : child.episodes()) {
                            if (e.is("PLACE", "A5", "A6") && !e.is("LS", "E1")) out.at(e, "PLACE " + e.text("PLACE") + ", LS " + e.text("LS"));
                        }
                    }),
            Rule.error("426", "A child receiving respite care cannot be recorded under a legal status of V3 and V4 in the same year.", reads(EPISODES),
                    (child, out) -> {
                        List<Row> v3 = child.episodes().stream().filter(e -> e.is("LS", "V3")).toList();
                        List<Row> v4 = child.episodes().stream().filter(e -> e.is("LS", "V4")).toList();
                        if (v3.isEmpty() || v4.isEmpty()) return;
                        for (Row e : child.episodes()) {
                            if (e.is("LS", "V3", "V4")) out.at(e, "LS " + e.text("LS") + " in a year that also has LS " + (e.is("LS", "V3") ? "V4" : "V3"));
                        }
                    }),
            Rule.error("437", "Reason episode ceased is child has died or is aged 18 or over but there are further episodes.", reads(EPISODES),
                    (child, out) -> {
                        List<Row> eps = child.episodes();
                        for (int i = 0; i + 1 < eps.size(); i++) {
                            Row e = eps.get(i);
                            if (e.date("DECOM") != null && e.is("REC", "E2", "E15")) {
                                out.at(e, "REC " + e.text("REC") + ", then an episode from " + eps.get(i + 1).text("DECOM"));
                            }
                        }
                    }),
            Rule.error("445", "D1 is not a valid code for episodes starting after December 2005.", reads(EPISODES),
                    (child, out) -> {
                        for (Row e : child.episodes()) {
                            LocalDate decom = e.date("DECOM");
                            if (e.is("LS", "D1") && decom != null && decom.isAfter(FREEING_ORDERS_ENDED)) out.at(e, "LS D1, DECOM " + e.text("DECOM"));
                        }
                    }),
            Rule.error("446", "E1 is not a valid code for episodes starting before December 2005.", reads(EPISODES),
                    (child, out) -> {
                        for (Row e : child.episodes()) {
                            LocalDate decom = e.date("DECOM");
                            if (e.is("LS", "E1") && decom != null && decom.isBefore(PLACEMENT_ORDERS_BEGAN)) out.at(e, "LS E1, DECOM " + e.text("DECOM"));
                        }
                    }),
            Rule.error("451", "Child is still freed for adoption, but freeing orders could not be applied for since 30 December 2005.", reads(EPISODES),
                    (child, out) -> {
                        for (Row e : child.episodes()) {
                            if (e.is("LS", "D1") && e.blank("DEC") && e.blank("REC")) out.at(e, "LS D1 on an open episode from " + e.text("DECOM"));
                        }
                    }),
            Rule.error("502", "Last year's record ended with an open episode. The date on which that episode started does not match the start date "
                    + "of the first episode on this year’s record.", reads(EPISODES),
                    (child, out) -> {
                        List<Row> lastYear = lastYearsEpisodes(child);
                        Optional<Row> first = firstEpisode(child);
                        if (lastYear == null || first.isEmpty()) return;
                        LocalDate start = first.get().date("DECOM");
                        for (Row open : lastYear) {
                            if (open.has("DEC")) continue;
                            if (!Objects.equals(open.date("DECOM"), start)) {
                                out.at(first.get(), "DECOM " + first.get().text("DECOM") + "; last year's open episode began " + open.text("DECOM"));
                                return;
                            }
                        }
                    }),
            sameAsLastYear("503A", "The reason for new episode in the first episode does not match open episode at end of last year.", "RNE"),
            sameAsLastYear("503B", "The legal status in the first episode does not match open episode at end of last year.", "LS"),
            sameAsLastYear("503C", "The category of need in the first episode does not match open episode at end of last year.", "CIN"),
            sameAsLastYear("503D", "The placement type in the first episode does not match open episode at end of last year", "PLACE").until(2023),
            placeSameAsLastYearButSupportedAccommodation().from(2024),
            sameAsLastYear("503E", "The placement provider in the first episode does not match open episode at end of last year.", "PLACE_PROVIDER"),
            sameAsLastYear("503F", "The Ofsted URN in the  first episode does not match open episode at end of last year.", "URN"),
            Rule.error("504", "The category of need code differs from that reported at start of current period of being looked after", reads(EPISODES),
                    (child, out) -> {
                        List<Row> eps = child.episodes();
                        for (int i = 1; i < eps.size(); i++) {
                            Row before = eps.get(i - 1);
                            Row e = eps.get(i);
                            LocalDate dec = before.date("DEC");
                            boolean continues = before.is("REC", "X1") && dec != null && dec.equals(e.date("DECOM"));
                            if (continues && !e.text("CIN").equalsIgnoreCase(before.text("CIN"))) {
                                out.at(e, "CIN " + e.text("CIN") + " after CIN " + before.text("CIN") + " in the same period of care");
                            }
                        }
                    }),
            Rule.error("516", "The episode data submitted for this child does not show that he/she was with their former foster carer(s) during the "
                    + "year.If the code in the reason episode ceased is E45 or E46 the child must have a placement code of U1 to U6.", reads(EPISODES),
                    (child, out) -> {
                        for (Row e : child.episodes()) {
                            if (e.is("REC", "E45", "E46") && !e.is("PLACE", "U1", "U2", "U3", "U4", "U5", "U6")) {
                                out.at(e, "REC " + e.text("REC") + ", PLACE " + e.text("PLACE"));
                            }
                        }
                    }),
            providerNotWith("527", "A placement provider code of PR1 cannot be associated with placements P1, R2 or R5.", "PR1", "P1", "R2", "R5"),
            providerNotWith("528", "A placement provider code of PR2 cannot be associated with placements P1, R2 or R5.", "PR2", "P1", "R2", "R5"),
            providerNotWith("529", "Placement provider code of PR3 cannot be associated with placements P1, A3 to A6, K1, K2 and U1 to U6 as these "
                            + "placements cannot be provided by other public organisations.", "PR3",
                    "A3", "A4", "A5", "A6", "K1", "K2", "P1", "U1", "U2", "U3", "U4", "U5", "U6"),
            providerNotWith("530", "A placement provider code of PR4 cannot be associated with placement P1.", "PR4", "P1"),
            providerNotWith("531", "A placement provider code of PR5 cannot be associated with placements P1.", "PR5", "P1"),
            Rule.error("550", "A placement provider code of PR0 can only be associated with placement P1.", reads(EPISODES),
                    (child, out) -> {
                        for (Row e : child.episodes()) {
                            if (e.is("PLACE_PROVIDER", "PR0") && !e.is("PLACE", "P1")) out.at(e, "PLACE_PROVIDER PR0, PLACE " + e.text("PLACE"));
                        }
                    }),
            Rule.error("562", "Episode commenced before the start of the current collection year but there is a missing continuous episode in the "
                    + "previous year.", reads(EPISODES),
                    (child, out) -> {
                        List<Row> lastYear = lastYearsEpisodes(child);
                        if (lastYear == null) return;
                        Row earliest = null;
                        for (Row e : child.episodes()) {
                            LocalDate decom = e.date("DECOM");
                            if (decom != null && decom.isBefore(child.collectionStart())) {
                                earliest = e;
                                break;
                            }
                        }
                        if (earliest == null) return;
                        Optional<Row> last = lastEpisode(lastYear);
                        if (last.isEmpty() || !earliest.date("DECOM").equals(last.get().date("DECOM"))) {
                            out.at(earliest, "DECOM " + earliest.text("DECOM") + "; last year's last episode "
                                    + last.map(l -> "began " + l.text("DECOM")).orElse("not found"));
                        }
                    }),
            Rule.error("NoE", "This child has no episodes loaded for previous year even though child started to be looked after before this current year.",
                    reads(EPISODES),
                    (child, out) -> {
                        List<Row> lastYear = lastYearsEpisodes(child);
                        if (lastYear == null || !lastYear.isEmpty()) return;
                        for (Row e : child.episodes()) {
                            LocalDate decom = e.date("DECOM");
                            if (decom != null && decom.isBefore(child.collectionStart())) out.at(e, "DECOM " + e.text("DECOM"));
                        }
                    }));

    /** Last year's episodes of the child, or null when the ledger holds no return of last year with an episodes file. */
    private static List<Row> lastYearsEpisodes(ChildReturn child) {
        return child.lastYears(EPISODES);
    }

    /** The episode of the year that began first, among those whose DECOM reads. */
    private static Optional<Row> firstEpisode(ChildReturn child) {
        return child.episodes().stream().filter(e -> e.date("DECOM") != null).findFirst();
    }

    /** The episode that began last, among those whose DECOM reads. */
    private static Optional<Row> lastEpisode(List<Row> episodes) {
        Row last = null;
        for (Row e : episodes) if (e.date("DECOM") != null) last = e;
        return Optional.ofNullable(last);
    }

    /**
     * The first episode of the year and the last of last year, when last year's was still open at its end; else
     * empty. DfE's 503 rules compare the two field by field.
     */
    private static Optional<Row[]> continuedFromLastYear(ChildReturn child) {
        List<Row> lastYear = lastYearsEpisodes(child);
        if (lastYear == null) return Optional.empty();
        Optional<Row> first = firstEpisode(child);
        Optional<Row> last = lastEpisode(lastYear);
        if (first.isEmpty() || last.isEmpty() || last.get().date("DEC") != null) return Optional.empty();
        return Optional.of(new Row[]{first.get(), last.get()});
    }

    private static Rule sameAsLastYear(String number, String message, String column) {
        return Rule.error(number, message, reads(EPISODES), (child, out) -> continuedFromLastYear(child).ifPresent(pair -> {
            Row first = pair[0];
            Row open = pair[1];
            if (!first.text(column).equalsIgnoreCase(open.text(column))) {
                out.at(first, column + " " + show(first.text(column)) + "; last year's open episode " + show(open.text(column)));
            }
        }));
    }

    /** 503D from 2024-25: H5 (semi-independent living) open last year may go on as K3 (supported accommodation), the code replacing it. */
    private static Rule placeSameAsLastYearButSupportedAccommodation() {
        return Rule.error("503D", "The placement type in the first episode does not match open episode at end of last year", reads(EPISODES),
                (child, out) -> continuedFromLastYear(child).ifPresent(pair -> {
                    Row first = pair[0];
                    Row open = pair[1];
                    if (first.text("PLACE").equalsIgnoreCase(open.text("PLACE"))) return;
                    if (first.is("PLACE", "K3") && open.is("PLACE", "H5")) return;
                    out.at(first, "PLACE " + show(first.text("PLACE")) + "; last year's open episode " + show(open.text("PLACE")));
                }));
    }

    private static Rule providerNotWith(String number, String message, String provider, String... places) {
        return Rule.error(number, message, reads(EPISODES), (child, out) -> {
            for (Row e : child.episodes()) {
                if (e.is("PLACE_PROVIDER", provider) && e.is("PLACE", places)) out.at(e, "PLACE_PROVIDER " + provider + ", PLACE " + e.text("PLACE"));
            }
        });
    }

    private static String show(String value) {
        return value.isEmpty() ? "blank" : value;
    }
}
