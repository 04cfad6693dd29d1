package org.placementledger.commandside.ssda903.rules;

import org.placementledger.events.ssda903.ReturnFile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.placementledger.events.ssda903.ReturnFile.EPISODES;
import static org.placementledger.events.ssda903.ReturnFile.HEADER;
import static org.placementledger.commandside.ssda903.rules.Rule.reads;

/** DfE rules that read the child's episodes with the header: ages at placement and when care ended, mother status, UPN. */
final class EpisodeHeaderRules {

    private EpisodeHeaderRules() {
    }

    static final List<Rule> ALL = List.of(
            Rule.error("207", "Mother status for the current year disagrees with the mother status already recorded for this child.", reads(EPISODES, HEADER),
                    (child, out) -> child.header().ifPresent(h -> {
                        ChildReturn last = child.previous();
                        if (child.episodes().isEmpty() || last == null || !last.supplies(HEADER)) return;
                        last.header().ifPresent(lh -> {
                            // once recorded as a mother, a child stays one
                            if (lh.is("MOTHER", "1") && !h.is("MOTHER", "1")) out.at(h, "MOTHER " + shown(h, "MOTHER") + ", last year 1");
                        });
                    })),
            Rule.error("210", "Children looked after for more than a week at 31 March should not have an unknown Unique Pupil Number (UPN) code of UN4.",
                    reads(EPISODES, HEADER),
                    (child, out) -> child.header().ifPresent(h -> {
                        if (!h.is("UPN", "UN4")) return;
                        // UN4 is for a child newly looked after: one in care at 31 March since before 24 March should have a UPN
                        LocalDate weekBeforeEnd = child.collectionEnd().minusDays(7);
                        LocalDate since = inCareAtYearEndSince(child);
                        if (since != null && since.isBefore(weekBeforeEnd)) out.at(h, "UPN UN4, looked after since " + since);
                    })),
            Rule.error("352", "Child who started to be looked after was aged 18 or over.", reads(EPISODES, HEADER),
                    (child, out) -> eachWithDob(child, (e, dob) -> {
                        LocalDate decom = e.date("DECOM");
                        if (e.is("RNE", "S") && decom != null && !decom.isBefore(dob.plusYears(18))) out.at(e, "RNE S, DECOM " + e.text("DECOM") + ", DOB " + dob(child));
                    })),
            Rule.error("358", "Child with this legal status should not be under 10.", reads(EPISODES, HEADER),
                    (child, out) -> eachWithDob(child, (e, dob) -> {
                        LocalDate decom = e.date("DECOM");
                        if (e.is("LS", "J1", "J2", "J3") && decom != null && !decom.isAfter(dob.plusYears(10))) {
                            out.at(e, "LS " + e.text("LS") + ", DECOM " + e.text("DECOM") + ", DOB " + dob(child));
                        }
                    })),
            Rule.error("359", "Child being looked after following 18th birthday must be accommodated under section 20(5) of the Children Act 1989 in a community home.",
                    reads(EPISODES, HEADER),
                    (child, out) -> eachWithDob(child, (e, dob) -> {
                        boolean eighteenByYearEnd = dob.plusYears(18).isBefore(child.collectionEnd());
                        if (eighteenByYearEnd && e.blank("DEC") && !(e.is("LS", "V2") && e.is("PLACE", "K2"))) {
                            out.at(e, "open at 31 March, LS " + e.text("LS") + ", PLACE " + e.text("PLACE") + ", DOB " + dob(child));
                        }
                    })),
            placedTooYoung("370", "Child in independent living should be at least 16.", "P2", 16).until(2023),
            placedTooYoung("371", "Child in semi-independent living accommodation not subject to children’s homes regulations should be at least 16.", "H5", 16)
                    .until(2023),
            placedTooYoung("371", "Child in supported accomodation not subject to children’s homes regulations should be at least 16.", "K3", 16).from(2024),
            placedTooYoung("372", "Child in youth custody or prison should be at least 10.", "R5", 10),
            placedTooYoung("373", "Child placed in a school should be at least 4 years old.", "S1", 4),
            placedTooYoung("374", "Child in residential employment should be at least 14 years old.", "P3", 14),
            temporaryTooLong("375", "Hospitalisation coded as a temporary placement exceeds six weeks.", "T1", 42),
            temporaryTooLong("376", "Temporary placements coded as being due to holiday of usual foster carer(s) cannot exceed three weeks.", "T3", 21),
            temporaryTooLong("379", "Temporary placements for unspecified reason (placement code T4) cannot exceed seven days.", "T4", 7),
            Rule.error("386", "Reason episode ceased is adopted but child has reached age 18.", reads(EPISODES, HEADER),
                    (child, out) -> eachWithDob(child, (e, dob) -> {
                        LocalDate dec = e.date("DEC");
                        if (e.is("REC", "E11", "E12") && dec != null && !dec.isBefore(dob.plusYears(18))) out.at(e, ceased(e, child));
                    })),
            Rule.error("387", "Reason episode ceased is child moved into independent living arrangement, but the child is aged under 14.", reads(EPISODES, HEADER),
                    (child, out) -> eachWithDob(child, (e, dob) -> {
                        LocalDate dec = e.date("DEC");
                        if (e.is("REC", "E5", "E6") && dec != null && dec.isBefore(dob.plusYears(14))) out.at(e, ceased(e, child));
                    })),
            Rule.error("389", "Reason episode ceased is that child transferred to care of adult social care services, but child is aged under 16.",
                    reads(EPISODES, HEADER),
                    (child, out) -> eachWithDob(child, (e, dob) -> {
                        LocalDate dec = e.date("DEC");
                        if (e.is("REC", "E7") && dec != null && dec.isBefore(dob.plusYears(16))) out.at(e, ceased(e, child));
                    })),
            Rule.error("393", "Child is looked after but mother field is not completed.", reads(EPISODES, HEADER),
                    (child, out) -> motherNotCompleted(child, out, "2")).until(2023),
            Rule.error("393", "Child is looked after but mother field is not completed.", reads(EPISODES, HEADER),
                    (child, out) -> motherNotCompleted(child, out, "F")).from(2024),
            Rule.error("407", "Reason episode ceased is Special Guardianship Order, but child has reached age 18.", reads(EPISODES, HEADER),
                    (child, out) -> eachWithDob(child, (e, dob) -> {
                        LocalDate dec = e.date("DEC");
                        if (e.is("REC", "E45", "E46", "E47", "E48") && dec != null && dec.isAfter(dob.plusYears(18))) out.at(e, ceased(e, child));
                    })),
            Rule.error("442", "Unique Pupil Number (UPN) field is not completed.", reads(EPISODES, HEADER),
                    (child, out) -> child.header().ifPresent(h -> {
                        if (h.blank("UPN") && child.episodes().stream().anyMatch(e -> !e.is("LS", "V3", "V4"))) out.at(h, "UPN blank");
                    })),
            Rule.error("460", "Reason episode ceased is that child stayed with current carers at age 18 (or above), but child is aged under 18.",
                    reads(EPISODES, HEADER),
                    (child, out) -> eachWithDob(child, (e, dob) -> {
                        LocalDate dec = e.date("DEC");
                        if (e.is("REC", "E17") && dec != null && dec.isBefore(dob.plusYears(18))) out.at(e, ceased(e, child));
                    })),
            Rule.error("607", "Child ceased to be looked after in the year, but mother field has not been completed.", reads(EPISODES, HEADER),
                    (child, out) -> ceasedMotherNotCompleted(child, out, "2")).until(2023),
            Rule.error("607", "Child ceased to be looked after in the year, but mother field has not been completed.", reads(EPISODES, HEADER),
                    (child, out) -> ceasedMotherNotCompleted(child, out, "F")).from(2024),
            Rule.error("625", "Date of birth of the first child is beyond the end of this reporting year or the date the child ceased to be looked after.",
                    reads(EPISODES, HEADER),
                    (child, out) -> child.header().ifPresent(h -> {
                        LocalDate mcDob = h.date("MC_DOB");
                        if (mcDob == null || child.episodes().isEmpty()) return;
                        Optional<Row> lastEnded = child.episodes().stream().filter(e -> e.date("DEC") != null)
                                .max((a, b) -> a.date("DEC").compareTo(b.date("DEC")));
                        if (mcDob.isAfter(child.collectionEnd())) {
                            out.at(h, "MC_DOB " + h.text("MC_DOB") + ", after 31 March");
                        } else if (lastEnded.isPresent() && mcDob.isAfter(lastEnded.get().date("DEC"))) {
                            out.at(h, "MC_DOB " + h.text("MC_DOB") + ", care ceased " + lastEnded.get().text("DEC"));
                        }
                    })));

    /** A placement of this type begun before the child's birthday of this age. */
    private static Rule placedTooYoung(String number, String message, String place, int age) {
        return Rule.error(number, message, reads(EPISODES, HEADER),
                (child, out) -> eachWithDob(child, (e, dob) -> {
                    LocalDate decom = e.date("DECOM");
                    if (e.is("PLACE", place) && decom != null && decom.isBefore(dob.plusYears(age))) {
                        out.at(e, "PLACE " + place + ", DECOM " + e.text("DECOM") + ", DOB " + dob(child));
                    }
                }));
    }

    /** A temporary placement of this type that ended more than this many days after it began (an open one is not measured). */
    private static Rule temporaryTooLong(String number, String message, String place, int days) {
        return Rule.error(number, message, reads(EPISODES, HEADER),
                (child, out) -> {
                    if (child.header().isEmpty()) return;
                    for (Row e : child.episodes()) {
                        LocalDate decom = e.date("DECOM");
                        LocalDate dec = e.date("DEC");
                        if (e.is("PLACE", place) && decom != null && dec != null && dec.isAfter(decom.plusDays(days))) {
                            out.at(e, "PLACE " + place + ", DECOM " + e.text("DECOM") + ", DEC " + e.text("DEC"));
                        }
                    }
                });
    }

    /** A girl with an episode not of short breaks (V3, V4) and the mother field blank. */
    private static void motherNotCompleted(ChildReturn child, Findings out, String female) {
        child.header().ifPresent(h -> {
            if (h.is("SEX", female) && h.blank("MOTHER") && child.episodes().stream().anyMatch(e -> !e.is("LS", "V3", "V4"))) {
                out.at(h, "SEX " + h.text("SEX") + ", MOTHER blank");
            }
        });
    }

    /** A girl who ceased to be looked after in the year (DEC in the year, REC other than X1, not V3/V4) with the mother field blank. */
    private static void ceasedMotherNotCompleted(ChildReturn child, Findings out, String female) {
        child.header().ifPresent(h -> {
            if (!h.is("SEX", female) || h.has("MOTHER")) return;
            for (Row e : child.episodes()) {
                LocalDate dec = e.date("DEC");
                boolean ceased = dec != null && e.has("REC") && !e.is("REC", "X1");
                boolean inYear = dec != null && !dec.isBefore(child.collectionStart()) && !dec.isAfter(child.collectionEnd());
                if (ceased && inYear && !e.is("LS", "V3", "V4")) out.at(e, "DEC " + e.text("DEC") + ", REC " + e.text("REC") + ", MOTHER blank");
            }
        });
    }

    /**
     * When the period of care the child is in at 31 March began: the open episode's start, taken back through the
     * episodes each beginning the day the one before it ended. Null when no episode is open at the year's end.
     */
    private static LocalDate inCareAtYearEndSince(ChildReturn child) {
        List<Row> eps = child.episodes();
        int i = eps.size() - 1;
        if (i < 0 || eps.get(i).has("DEC") || eps.get(i).date("DECOM") == null) return null;
        LocalDate since = eps.get(i).date("DECOM");
        while (i > 0 && since.equals(eps.get(i - 1).date("DEC")) && eps.get(i - 1).date("DECOM") != null) {
            i--;
            since = eps.get(i).date("DECOM");
        }
        return since;
    }

    private interface EpisodeAndBirth {
        void check(Row episode, LocalDate dob);
    }

    /** Each episode, with the header's date of birth; nothing when there is no header or its DOB does not read. */
    private static void eachWithDob(ChildReturn child, EpisodeAndBirth check) {
        LocalDate dob = child.dateOfBirth();
        if (dob == null) return;
        for (Row e : child.episodes()) check.check(e, dob);
    }

    private static String dob(ChildReturn child) {
        return child.header().map(h -> h.text("DOB")).orElse("");
    }

    private static String ceased(Row e, ChildReturn child) {
        return "REC " + e.text("REC") + ", DEC " + e.text("DEC") + ", DOB " + dob(child);
    }

    private static String shown(Row r, String column) {
        return r.has(column) ? r.text(column) : "blank";
    }
}
