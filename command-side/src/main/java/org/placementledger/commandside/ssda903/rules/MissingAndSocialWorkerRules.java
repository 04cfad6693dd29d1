package org.placementledger.commandside.ssda903.rules;

import org.placementledger.events.ssda903.ReturnFile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static org.placementledger.events.ssda903.ReturnFile.EPISODES;
import static org.placementledger.events.ssda903.ReturnFile.HEADER;
import static org.placementledger.events.ssda903.ReturnFile.MISSING;
import static org.placementledger.events.ssda903.ReturnFile.SW_EPISODES;
import static org.placementledger.commandside.ssda903.rules.Rule.reads;

/**
 * DfE rules that read the missing file (periods missing or away from placement without authorisation) or the
 * social worker episodes file, alone or with the episodes and the header.
 * <p>
 * Longer than 300 lines because it holds a whole group of DfE's rules, a few lines each, under their DfE
 * numbers, so that the rules that read the same files are found in one place.
 */
final class MissingAndSocialWorkerRules {

    private MissingAndSocialWorkerRules() {
    }

    private static final String[] SW_REASONS = {"MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN", "PCCHAN",
            "SWDIED", "OTHERS"};
    /** From 2024-25 a social worker episode that began before this day need not give a reason for the change. */
    private static final LocalDate SW_REASON_REQUIRED_FROM = LocalDate.of(2023, 4, 1);
    /** Days either side of a social worker episode's end within which the next one should begin. */
    private static final int SW_NEXT_WITHIN_DAYS = 7;
    private static final int SW_SUCCESSOR_WITHIN_DAYS = 5;

    static final List<Rule> ALL = List.of(
            Rule.error("1004", "The start date of the missing episode or episode that the child was away from placement without authorisation is "
                    + "not a valid date.", reads(MISSING),
                    (child, out) -> {
                        for (Row m : child.rows(MISSING)) if (m.date("MIS_START") == null) out.at(m, "MIS_START " + show(m.text("MIS_START")));
                    }),
            Rule.error("1005", "The end date of the missing episode or episode that the child was away from placement without authorisation is "
                    + "not a valid date.", reads(MISSING),
                    (child, out) -> {
                        for (Row m : child.rows(MISSING)) if (m.has("MIS_END") && m.date("MIS_END") == null) out.at(m, "MIS_END " + m.text("MIS_END"));
                    }),
            Rule.error("1006", "Missing type invalid.", reads(MISSING),
                    (child, out) -> {
                        for (Row m : child.rows(MISSING)) if (m.has("MISSING") && !m.is("MISSING", "M", "A")) out.at(m, "MISSING " + m.text("MISSING"));
                    }),
            Rule.error("564", "Child was missing or away from placement without authorisation and the date started is blank.", reads(MISSING),
                    (child, out) -> {
                        for (Row m : child.rows(MISSING)) if (m.is("MISSING", "M", "A") && m.blank("MIS_START")) out.at(m, "MISSING " + m.text("MISSING"));
                    }),
            Rule.error("565", "The date that the child started to be missing or away from placement without authorisation has been completed but "
                    + "whether the child was missing or away from placement without authorisation has not been completed.", reads(MISSING),
                    (child, out) -> {
                        for (Row m : child.rows(MISSING)) if (m.has("MIS_START") && m.blank("MISSING")) out.at(m, "MIS_START " + m.text("MIS_START"));
                    }),
            Rule.error("566", "The date that the child's episode of being missing or away from placement without authorisation ended has been "
                    + "completed but whether the child was missing or away without authorisation has not been completed.", reads(MISSING),
                    (child, out) -> {
                        for (Row m : child.rows(MISSING)) if (m.has("MIS_END") && m.blank("MISSING")) out.at(m, "MIS_END " + m.text("MIS_END"));
                    }),
            Rule.error("567", "The date that the missing episode or episode that the child was away from placement without authorisation ended is "
                    + "before the date that it started.", reads(MISSING),
                    (child, out) -> {
                        for (Row m : child.rows(MISSING)) {
                            LocalDate start = m.date("MIS_START");
                            LocalDate end = m.date("MIS_END");
                            if (start != null && end != null && end.isBefore(start)) out.at(m, "MIS_START " + m.text("MIS_START") + ", MIS_END " + m.text("MIS_END"));
                        }
                    }),
            Rule.error("570", "The date that the child started to be missing or away from placement without authorisation is after the end of the "
                    + "collection year.", reads(MISSING),
                    (child, out) -> {
                        for (Row m : child.rows(MISSING)) {
                            LocalDate start = m.date("MIS_START");
                            if (start != null && start.isAfter(child.collectionEnd())) out.at(m, "MIS_START " + m.text("MIS_START"));
                        }
                    }),
            Rule.error("571", "The date that the child ceased to be missing or away from placement without authorisation is before the start or "
                    + "after the end of the collection year.", reads(MISSING),
                    (child, out) -> {
                        for (Row m : child.rows(MISSING)) {
                            LocalDate end = m.date("MIS_END");
                            if (end != null && (end.isBefore(child.collectionStart()) || end.isAfter(child.collectionEnd()))) out.at(m, "MIS_END " + m.text("MIS_END"));
                        }
                    }),
            Rule.error("574", "A new missing/away from placement without authorisation period cannot start when the previous missing/away from "
                    + "placement without authorisation period is still open. Missing/away from placement without authorisation periods should "
                    + "also not overlap.", reads(MISSING),
                    (child, out) -> {
                        List<Row> periods = new ArrayList<>(child.rows(MISSING));
                        periods.sort(Comparator.comparing((Row m) -> m.date("MIS_END") != null ? m.date("MIS_END") : m.date("MIS_START"),
                                        Comparator.nullsLast(Comparator.naturalOrder()))
                                .thenComparing(m -> m.date("MIS_START"), Comparator.nullsLast(Comparator.naturalOrder()))
                                .thenComparingLong(Row::line));
                        for (int i = 1; i < periods.size(); i++) {
                            Row before = periods.get(i - 1);
                            Row m = periods.get(i);
                            LocalDate beforeEnd = before.date("MIS_END");
                            LocalDate start = m.date("MIS_START");
                            if (beforeEnd == null) {
                                out.at(m, "the period from " + show(before.text("MIS_START")) + " has not ended");
                            } else if (start != null && start.isBefore(beforeEnd)) {
                                out.at(m, "MIS_START " + m.text("MIS_START") + " before the previous period ended (" + before.text("MIS_END") + ")");
                            }
                        }
                    }),
            Rule.error("575", "If the placement from which the child goes missing/away from placement without authorisation ends, the missing/away "
                    + "from placement without authorisation period in the missing module must also have an end date.", reads(EPISODES, MISSING),
                    (child, out) -> {
                        for (Row m : child.rows(MISSING)) {
                            LocalDate start = m.date("MIS_START");
                            if (start == null || m.has("MIS_END")) continue;
                            for (Row e : child.episodes()) {
                                LocalDate decom = e.date("DECOM");
                                LocalDate dec = e.date("DEC");
                                if (decom != null && dec != null && !start.isBefore(decom) && !start.isAfter(dec)) {
                                    out.at(m, "MIS_START " + m.text("MIS_START") + " in the placement from " + e.text("DECOM") + " that ended " + e.text("DEC"));
                                    break;
                                }
                            }
                        }
                    }),
            Rule.error("576", "There is an open missing/away from placement without authorisation period in last year’s return and there is no "
                    + "corresponding period recorded at the start of this year.", reads(MISSING),
                    (child, out) -> {
                        ChildReturn previous = child.previous();
                        if (previous == null || !previous.supplies(MISSING) || child.rows(MISSING).isEmpty()) return;
                        Row first = child.rows(MISSING).stream()
                                .min(Comparator.comparing((Row m) -> m.date("MIS_START"), Comparator.nullsLast(Comparator.naturalOrder()))
                                        .thenComparingLong(Row::line))
                                .orElseThrow();
                        for (Row open : previous.rows(MISSING)) {
                            LocalDate openStart = open.date("MIS_START");
                            if (open.has("MIS_END") || openStart == null) continue;
                            if (!openStart.equals(first.date("MIS_START"))) {
                                out.at(first, "first period from " + show(first.text("MIS_START")) + "; last year's open period began " + open.text("MIS_START"));
                                return;
                            }
                        }
                    }),
            Rule.error("577", "Child ceased to be looked after but there is a missing/away from placement without authorisation period without an "
                    + "end date.", reads(EPISODES, MISSING),
                    (child, out) -> {
                        List<Period> care = periodsOfCare(child);
                        if (care.isEmpty()) return;
                        for (Row m : child.rows(MISSING)) {
                            LocalDate start = m.date("MIS_START");
                            LocalDate end = m.date("MIS_END");
                            if (start == null) continue;
                            boolean outsideEvery = care.stream().allMatch(p -> end == null
                                    ? p.end() != null || start.isBefore(p.start())
                                    : (p.end() != null && end.isAfter(p.end())) || end.isBefore(p.start()));
                            if (outsideEvery) out.at(m, "MIS_START " + m.text("MIS_START") + ", MIS_END " + show(m.text("MIS_END")));
                        }
                    }),
            Rule.error("578", "The date that the child started to be missing is after the child ceased to be looked after.", reads(EPISODES, MISSING),
                    (child, out) -> {
                        List<Period> care = periodsOfCare(child);
                        if (care.isEmpty()) return;
                        for (Row m : child.rows(MISSING)) {
                            LocalDate start = m.date("MIS_START");
                            if (start == null) continue;
                            boolean outsideEvery = care.stream().allMatch(p -> start.isBefore(p.start()) || (p.end() != null && start.isAfter(p.end())));
                            if (outsideEvery) out.at(m, "MIS_START " + m.text("MIS_START") + " outside every period of care");
                        }
                    }),
            Rule.error("580", "Child is missing when cease being looked after but reason episode ceased not ‘E8’.", reads(EPISODES, MISSING),
                    (child, out) -> {
                        Set<Row> found = new LinkedHashSet<>();
                        for (Row m : child.rows(MISSING)) {
                            LocalDate dob = m.date("DOB");
                            LocalDate end = m.date("MIS_END");
                            if (dob == null || end == null || !dob.plusYears(18).equals(end)) continue;
                            for (Row e : child.episodes()) if (end.equals(e.date("DEC")) && !e.is("REC", "E8")) found.add(e);
                        }
                        for (Row e : found) out.at(e, "missing until the 18th birthday, " + e.text("DEC") + ", REC " + show(e.text("REC")));
                    }),
            Rule.error("581", "Child is missing but has not yet started to be looked after.", reads(EPISODES, MISSING),
                    (child, out) -> {
                        if (child.episodes().isEmpty()) return;
                        for (Row m : child.rows(MISSING)) {
                            LocalDate start = m.date("MIS_START");
                            boolean inAnEpisode = start != null && child.episodes().stream().anyMatch(e -> {
                                LocalDate decom = e.date("DECOM");
                                LocalDate dec = e.date("DEC");
                                return decom != null && !start.isBefore(decom) && (dec == null || !start.isAfter(dec));
                            });
                            if (!inAnEpisode) out.at(m, "MIS_START " + show(m.text("MIS_START")) + " in no episode");
                        }
                    }),
            Rule.error("586", "Dates of missing periods are before child’s date of birth.", reads(MISSING),
                    (child, out) -> {
                        for (Row m : child.rows(MISSING)) {
                            LocalDate start = m.date("MIS_START");
                            LocalDate dob = m.date("DOB");
                            if (start != null && dob != null && !start.isAfter(dob)) out.at(m, "MIS_START " + m.text("MIS_START") + ", DOB " + m.text("DOB"));
                        }
                    }),
            Rule.error("INT04", "Internal Check: Child in Missing does not exist in Header.", reads(HEADER, MISSING),
                    (child, out) -> {
                        if (child.header().isPresent()) return;
                        for (Row m : child.rows(MISSING)) out.at(m, "CHILD " + m.child());
                    }),
            Rule.error("INT13", "Internal Check: DOB in Missing is different to DOB in Header.", reads(HEADER, MISSING),
                    (child, out) -> {
                        LocalDate dob = child.dateOfBirth();
                        if (dob == null) return;
                        for (Row m : child.rows(MISSING)) {
                            LocalDate given = m.date("DOB");
                            if (given != null && !given.equals(dob)) out.at(m, "DOB " + m.text("DOB") + ", header's " + child.header().get().text("DOB"));
                        }
                    }),

            Rule.error("SW01STG1", "Child looked after on 31 March, but no social worker episode information is reported", reads(EPISODES, SW_EPISODES),
                    (child, out) -> {
                        List<Row> sw = child.rows(SW_EPISODES);
                        boolean reported = sw.stream().anyMatch(s -> s.has("SW_ID")) && sw.stream().anyMatch(s -> s.has("SW_DECOM"))
                                && sw.stream().anyMatch(s -> s.has("SW_REASON"));
                        if (reported) return;
                        for (Row e : child.episodes()) {
                            if (e.blank("DEC") && !e.is("LS", "V3", "V4")) out.at(e, "open episode from " + e.text("DECOM") + ", " + sw.size() + " social worker episode(s)");
                        }
                    }),
            Rule.error("SW02STG1", "Social worker ID does not begin with the characters ‘SW’ or ‘XX’.", reads(SW_EPISODES),
                    (child, out) -> {
                        for (Row s : child.rows(SW_EPISODES)) {
                            String id = s.text("SW_ID");
                            if (!id.startsWith("SW") && !id.startsWith("XX")) out.at(s, "SW_ID " + show(id));
                        }
                    }),
            Rule.error("SW03STG1", "For each social worker episode, information should be complete.", reads(SW_EPISODES),
                    (child, out) -> {
                        for (Row s : child.rows(SW_EPISODES)) {
                            List<String> blank = new ArrayList<>();
                            for (String c : List.of("SW_ID", "SW_DECOM", "SW_REASON")) if (s.blank(c)) blank.add(c);
                            if (!blank.isEmpty()) out.at(s, String.join(", ", blank) + " blank");
                        }
                    }),
            Rule.error("SW04STG1", "Date social worker episode began is not a valid date..", reads(SW_EPISODES),
                    (child, out) -> {
                        for (Row s : child.rows(SW_EPISODES)) if (s.has("SW_DECOM") && !readsAsSwDate(s.text("SW_DECOM"))) out.at(s, "SW_DECOM " + s.text("SW_DECOM"));
                    }),
            Rule.error("SW05STG1", "Date social worker episode began is not a valid date.", reads(SW_EPISODES),
                    (child, out) -> {
                        for (Row s : child.rows(SW_EPISODES)) if (s.has("SW_DEC") && !readsAsSwDate(s.text("SW_DEC"))) out.at(s, "SW_DEC " + s.text("SW_DEC"));
                    }),
            Rule.error("SW06STG2", "Social worker episode data should be within the social worker data reporting year.", reads(SW_EPISODES),
                    (child, out) -> {
                        for (Row s : child.rows(SW_EPISODES)) {
                            LocalDate start = s.date("SW_DECOM");
                            if (start != null && start.isAfter(child.collectionEnd())) out.at(s, "SW_DECOM " + s.text("SW_DECOM"));
                        }
                    }),
            swEndedWithin(0).until(2023),
            swEndedWithin(1).from(2024),
            Rule.error("SW08STG2", "A new social worker episode has started, but the previous episode has not ended.", reads(SW_EPISODES),
                    (child, out) -> {
                        List<Row> sw = swByStart(child.rows(SW_EPISODES));
                        for (int i = 0; i + 1 < sw.size(); i++) {
                            Row s = sw.get(i);
                            if (s.date("SW_DECOM") != null && s.date("SW_DEC") == null) out.at(s, "episode from " + s.text("SW_DECOM") + " not ended, a later one given");
                        }
                    }),
            Rule.error("SW09STG2", "Social worker episode appears to have lasted for less than 24 hours.", reads(SW_EPISODES),
                    (child, out) -> {
                        for (Row s : child.rows(SW_EPISODES)) {
                            LocalDate start = s.date("SW_DECOM");
                            if (start != null && start.equals(s.date("SW_DEC"))) out.at(s, "SW_DECOM and SW_DEC " + s.text("SW_DECOM"));
                        }
                    }),
            swStartsWhenPreviousEnded(false).until(2023),
            swStartsWhenPreviousEnded(true).from(2024),
            Rule.error("SW11STG2", "Social worker episode has ended before 31 March and no subsequent social worker episode has been provided.",
                    reads(SW_EPISODES),
                    (child, out) -> {
                        List<Row> sw = child.rows(SW_EPISODES);
                        for (Row s : sw) {
                            LocalDate end = s.date("SW_DEC");
                            if (end == null || !end.isBefore(child.collectionEnd())) continue;
                            boolean followed = sw.stream().anyMatch(n -> n != s && n.date("SW_DECOM") != null
                                    && !n.date("SW_DECOM").isBefore(end.minusDays(SW_SUCCESSOR_WITHIN_DAYS))
                                    && !n.date("SW_DECOM").isAfter(end.plusDays(SW_SUCCESSOR_WITHIN_DAYS)));
                            if (!followed) out.at(s, "SW_DEC " + s.text("SW_DEC") + ", no episode beginning within " + SW_SUCCESSOR_WITHIN_DAYS + " days");
                        }
                    }),
            Rule.error("SW13STG1", "The reason for social worker change is either not valid or has not been entered.", reads(SW_EPISODES),
                    (child, out) -> {
                        for (Row s : child.rows(SW_EPISODES)) if (!s.is("SW_REASON", SW_REASONS)) out.at(s, "SW_REASON " + show(s.text("SW_REASON")));
                    }).until(2023),
            Rule.error("SW13STG1", "The reason for social worker change is either not valid or has not been entered.", reads(SW_EPISODES),
                    (child, out) -> {
                        for (Row s : child.rows(SW_EPISODES)) {
                            if (s.has("SW_REASON") && !s.is("SW_REASON", SW_REASONS)) {
                                out.at(s, "SW_REASON " + s.text("SW_REASON"));
                            } else if (s.blank("SW_REASON") && s.date("SW_DECOM") != null && !s.date("SW_DECOM").isBefore(SW_REASON_REQUIRED_FROM)) {
                                out.at(s, "SW_REASON blank on an episode from " + s.text("SW_DECOM"));
                            }
                        }
                    }).from(2024),
            Rule.error("SW14STG2", "Social worker episode date ceased is blank.", reads(SW_EPISODES),
                    (child, out) -> {
                        List<Row> sw = swByStart(child.rows(SW_EPISODES));
                        for (int i = 0; i + 1 < sw.size(); i++) {
                            Row s = sw.get(i);
                            if (s.date("SW_DEC") == null) out.at(s, "episode from " + show(s.text("SW_DECOM")) + " is not the latest, SW_DEC " + show(s.text("SW_DEC")));
                        }
                    }),
            Rule.error("SW15STG2", "Reason for social worker change is missing.", reads(SW_EPISODES),
                    (child, out) -> {
                        LocalDate reportingFrom = child.collectionStart().minusYears(1);
                        for (Row s : child.rows(SW_EPISODES)) {
                            LocalDate start = s.date("SW_DECOM");
                            if (s.blank("SW_REASON") && (start == null || !start.isBefore(reportingFrom))) out.at(s, "SW_REASON blank, SW_DECOM " + show(s.text("SW_DECOM")));
                        }
                    }).from(2024),
            swSameAsLastYear("SW16aSTG2", "The social worker reason episode changed does not match the open episode at the end of last year.", "SW_ID"),
            swSameAsLastYear("SW16bSTG2", "The social worker episode start date does not match the open episode at the end of last year.", "SW_DECOM"),
            swSameAsLastYear("SW16cSTG2", "The social worker reason episode changed does not match the open episode at the end of last year.", "SW_REASON"));

    /** A period of care: episodes that follow one another without a day between; its end is its last episode's DEC (null while open). */
    private record Period(LocalDate start, LocalDate end) {
    }

    private static List<Period> periodsOfCare(ChildReturn child) {
        List<Period> periods = new ArrayList<>();
        LocalDate start = null;
        LocalDate end = null;
        for (Row e : child.episodes()) {
            LocalDate decom = e.date("DECOM");
            if (decom == null) continue;
            if (start != null && end != null && decom.isAfter(end)) {
                periods.add(new Period(start, end));
                start = null;
            }
            if (start == null) start = decom;
            end = e.date("DEC");
        }
        if (start != null) periods.add(new Period(start, end));
        return periods;
    }

    /** The social worker episodes in the order they began (those whose SW_DECOM does not read last). */
    private static List<Row> swByStart(List<Row> rows) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((Row s) -> s.date("SW_DECOM"), Comparator.nullsLast(Comparator.naturalOrder())).thenComparingLong(Row::line));
        return sorted;
    }

    /** A social worker date as DfE reads it: a date, or one with the day or month unknown (ZZ) or the year unknown (ZZZZ). */
    private static boolean readsAsSwDate(String text) {
        String[] parts = text.split("/");
        if (parts.length != 3) return false;
        String day = parts[0].equals("ZZ") ? "01" : parts[0];
        String month = parts[1].equals("ZZ") ? "01" : parts[1];
        String year = parts[2].equals("ZZZZ") ? "2000" : parts[2];
        if (year.length() != 4) return false;
        try {
            return org.placementledger.events.ssda903.Dates903.parse(day + "/" + month + "/" + year) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** SW07STG2: the end on or before the year's end, and on or after the reporting period's start ({@code yearsBack} before the year's). */
    private static Rule swEndedWithin(int yearsBack) {
        return Rule.error("SW07STG2", "Social worker episode end date should be on or after the start of the social worker reporting period, and "
                + "should be on or before the collection end date.", reads(SW_EPISODES), (child, out) -> {
            LocalDate from = child.collectionStart().minusYears(yearsBack);
            for (Row s : child.rows(SW_EPISODES)) {
                LocalDate end = s.date("SW_DEC");
                if (end != null && (end.isBefore(from) || end.isAfter(child.collectionEnd()))) out.at(s, "SW_DEC " + s.text("SW_DEC"));
            }
        });
    }

    /** SW10STG2: each episode begins within 7 days of the previous one's end; from 2024-25 not when the reason is FCONTA. */
    private static Rule swStartsWhenPreviousEnded(boolean fcontaExempt) {
        return Rule.error("SW10STG2", "A new social worker episode has started before the end date of the previous social worker episode.",
                reads(SW_EPISODES), (child, out) -> {
                    List<Row> sw = new ArrayList<>(child.rows(SW_EPISODES));
                    sw.sort(Comparator.comparing((Row s) -> s.date("SW_DECOM"), Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(s -> s.date("SW_DEC"), Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparingLong(Row::line));
                    for (int i = 1; i < sw.size(); i++) {
                        Row before = sw.get(i - 1);
                        Row s = sw.get(i);
                        if (fcontaExempt && s.is("SW_REASON", "FCONTA")) continue;
                        LocalDate previousEnd = before.date("SW_DEC");
                        LocalDate start = s.date("SW_DECOM");
                        boolean onTime = previousEnd != null && start != null
                                && !start.isBefore(previousEnd.minusDays(SW_NEXT_WITHIN_DAYS)) && !start.isAfter(previousEnd.plusDays(SW_NEXT_WITHIN_DAYS));
                        if (!onTime) out.at(s, "SW_DECOM " + show(s.text("SW_DECOM")) + "; the previous episode ended " + show(before.text("SW_DEC")));
                    }
                });
    }

    /** SW16: the first social worker episode of the year goes on from last year's last one when that one was open. */
    private static Rule swSameAsLastYear(String number, String message, String column) {
        return Rule.error(number, message, reads(SW_EPISODES), (child, out) -> {
            ChildReturn previous = child.previous();
            if (previous == null || !previous.supplies(SW_EPISODES)) return;
            Optional<Row> open = swByStart(previous.rows(SW_EPISODES)).stream().filter(s -> s.date("SW_DECOM") != null)
                    .reduce((a, b) -> b).filter(s -> s.blank("SW_DEC"));
            Optional<Row> first = swByStart(child.rows(SW_EPISODES)).stream().filter(s -> s.date("SW_DECOM") != null).findFirst();
            if (open.isEmpty() || first.isEmpty()) return;
            boolean same = column.equals("SW_DECOM")
                    ? Objects.equals(first.get().date(column), open.get().date(column))
                    : first.get().text(column).equals(open.get().text(column));
            if (!same) out.at(first.get(), column + " " + show(first.get().text(column)) + "; last year's open episode " + show(open.get().text(column)));
        }).from(2024);
    }

    private static String show(String value) {
        return value.isEmpty() ? "blank" : value;
    }
}
