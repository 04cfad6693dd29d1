package org.placementledger.commandside.ssda903.rules;

import org.placementledger.events.ssda903.ReturnFile;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import static org.placementledger.events.ssda903.ReturnFile.AD1;
import static org.placementledger.events.ssda903.ReturnFile.EPISODES;
import static org.placementledger.events.ssda903.ReturnFile.HEADER;
import static org.placementledger.events.ssda903.ReturnFile.OC2;
import static org.placementledger.events.ssda903.ReturnFile.OC3;
import static org.placementledger.events.ssda903.ReturnFile.UASC;
import static org.placementledger.commandside.ssda903.rules.Rule.reads;

/**
 * DfE rules on the outcomes files: OC2 (children looked after continuously for 12 months at 31 March) and OC3
 * (care leavers), read alone or with the episodes, the header, AD1 and the UASC file; and the internal checks of
 * those files against the header.
 * <p>
 * Longer than 300 lines because it holds a whole group of DfE's rules, a few lines each, under their DfE
 * numbers, so that the rules that read the same files are found in one place.
 */
final class OutcomeRules {

    private OutcomeRules() {
    }

    /** The care leaver items of OC3. */
    private static final String[] LEAVER = {"IN_TOUCH", "ACTIV", "ACCOM"};
    /** The OC2 items for children looked after for 12 months (DfE's list, the SDQ apart). */
    private static final String[] TWELVE_MONTHS = {"CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK",
            "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"};
    /** The OC2 items every child of the OC2 cohort has. */
    private static final String[] HEALTH = {"IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"};
    private static final String[] ADOPTION = {"DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"};
    private static final String[] SCORE_OR_REASON = {"SDQ_SCORE", "SDQ_REASON"};

    static final List<Rule> ALL = List.of(
            // ---- OC3 with the episodes (this year's and last year's) ----
            Rule.error("1000", "This child is recorded as having died in care and therefore should not have the care leaver information completed. [NOTE: This only tests the current and previous year data loaded into the tool]",
                    reads(EPISODES, OC3),
                    (child, out) -> {
                        Row died = firstWith(child.episodes(), "E2");
                        if (died == null) died = firstWith(lastYearsEpisodes(child), "E2");
                        if (died == null) return;
                        String seen = "REC E2 on the episode begun " + died.text("DECOM");
                        for (Row oc3 : child.rows(OC3)) out.at(oc3, seen);
                    }),
            Rule.error("1001", "The episodes recorded for this young person suggest they are not a relevant or a former relevant child and therefore should not have care leaver information completed. [NOTE: This tool can only test the current and previous year data loaded into the tool - this check may generate false positives if a child had episodes prior to last year's collection.]",
                    reads(EPISODES, HEADER, OC3),
                    (child, out) -> {
                        if (child.rows(OC3).isEmpty()) return;
                        List<Row> lastYear = lastYearsEpisodesOrNull(child);
                        LocalDate dob = child.dateOfBirth();
                        // Last year's episodes are needed to see enough of the child's care; a young person of 20 or
                        // more at 31 March had care before them, so is not judged on two years.
                        if (lastYear == null || dob == null || !dob.plusYears(20).isAfter(child.collectionEnd())) return;
                        String why = notRelevantChild(child, lastYear, dob);
                        if (why != null) for (Row oc3 : child.rows(OC3)) out.at(oc3, why);
                    }),
            Rule.error("1002", "This child has no previous episodes of care, therefore should not have care leaver information recorded. [NOTE: This tool can only test the current and previous year data loaded into the tool - this check may generate false positives if a child had episodes prior to last year's collection.]",
                    reads(EPISODES, OC3),
                    (child, out) -> {
                        List<Row> lastYear = lastYearsEpisodesOrNull(child);
                        if (lastYear == null || !lastYear.isEmpty() || !child.episodes().isEmpty()) return;
                        for (Row oc3 : child.rows(OC3)) out.at(oc3, "no episode this year or last year");
                    }),
            Rule.error("1007", "Care leaver information is not required for 17- or 18-year olds who are still looked after [on their 17th or 18th birthday.]",
                    reads(EPISODES, OC3),
                    (child, out) -> {
                        for (Row oc3 : child.rows(OC3)) {
                            LocalDate dob = oc3.date("DOB");
                            if (dob == null || !anyFilled(oc3, LEAVER)) continue;
                            LocalDate end = child.collectionEnd();
                            if (dob.plusYears(17).isAfter(end) || !dob.plusYears(19).isAfter(end)) continue;
                            LocalDate birthday = dob.withYear(end.getYear());
                            if (birthday.isAfter(end)) birthday = dob.withYear(end.getYear() - 1);
                            for (Row ep : child.episodes()) {
                                LocalDate decom = ep.date("DECOM");
                                LocalDate dec = ep.date("DEC");
                                // An episode still open is a child still looked after.
                                if (decom != null && !decom.isAfter(birthday) && (ep.blank("DEC") || dec != null && dec.isAfter(birthday))) {
                                    out.at(oc3, "looked after on the birthday of " + birthday + ", episode begun " + ep.text("DECOM"));
                                    break;
                                }
                            }
                        }
                    }),
            Rule.error("1010", "This child has no episodes loaded for current year even though there was an open episode of care at the end of the previous year, and care leaver data has been entered.",
                    reads(EPISODES, OC3),
                    (child, out) -> {
                        List<Row> lastYear = lastYearsEpisodesOrNull(child);
                        if (lastYear == null || !child.episodes().isEmpty()) return;
                        Row last = latestBegun(lastYear);
                        if (last == null || last.has("DEC")) return;
                        for (Row oc3 : child.rows(OC3)) out.at(oc3, "last year's episode begun " + last.text("DECOM") + " open at 31 March");
                    }),
            Rule.error("1011", "This child is recorded as having his/her care transferred to another local authority for the final episode and therefore should not have the care leaver information completed.",
                    reads(EPISODES, OC3),
                    (child, out) -> {
                        Row last = latestBegun(child.episodes());
                        if (last == null || !last.is("REC", "E3")) return;
                        for (Row oc3 : child.rows(OC3)) if (anyFilled(oc3, LEAVER)) out.at(oc3, "final episode begun " + last.text("DECOM") + " REC E3");
                    }),
            Rule.error("1014", "UASC information is not required for care leavers",
                    reads(EPISODES, OC3, UASC),
                    (child, out) -> {
                        if (child.episodes().isEmpty() || child.rows(OC3).stream().noneMatch(r -> anyFilled(r, LEAVER))) return;
                        for (Row ep : child.episodes()) if (inYear(child, ep)) return;
                        for (Row uasc : child.rows(UASC)) out.at(uasc, "care leaver information given, and no episode in the year");
                    }),
            Rule.error("1016", "Care leaver information is not required for 17- or 18-year olds who cease to be looked after, after their birthday.",
                    reads(EPISODES, OC3),
                    (child, out) -> {
                        for (Row oc3 : child.rows(OC3)) {
                            LocalDate dob = oc3.date("DOB");
                            if (dob == null || !anyFilled(oc3, LEAVER)) continue;
                            int age = ageOn(dob, child.collectionEnd());
                            if (age != 17 && age != 18) continue;
                            LocalDate birthday = dob.plusYears(age);
                            for (Row ep : child.episodes()) {
                                LocalDate dec = ep.date("DEC");
                                if (dec != null && !dec.isBefore(birthday)) {
                                    out.at(oc3, "aged " + age + " at 31 March, DEC " + ep.text("DEC"));
                                    break;
                                }
                            }
                        }
                    }),

            // ---- OC3 alone ----
            Rule.error("131", "Data entry for being in touch after leaving care is invalid.", reads(OC3),
                    (child, out) -> {
                        for (Row r : child.rows(OC3)) if (!r.is("IN_TOUCH", "YES", "NO", "DIED", "REFU", "NREQ", "RHOM")) out.at(r, seen(r, "IN_TOUCH"));
                    }),
            Rule.error("132", "Data entry for activity after leaving care is invalid.", reads(OC3),
                    (child, out) -> {
                        for (Row r : child.rows(OC3)) {
                            if (!r.is("ACTIV", "F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0")) out.at(r, seen(r, "ACTIV"));
                        }
                    }),
            Rule.error("133", "Data entry for accommodation after leaving care is invalid. If reporting on a childs accommodation after leaving care the data entry must be valid", reads(OC3),
                    (child, out) -> {
                        for (Row r : child.rows(OC3)) {
                            if (!r.is("ACCOM", "B1", "B2", "C1", "C2", "D1", "D2", "E1", "E2", "G1", "G2", "H1", "H2", "K1", "K2", "R1", "R2",
                                    "S2", "T1", "T2", "U1", "U2", "V1", "V2", "W1", "W2", "X2", "Y1", "Y2", "Z1", "Z2", "0")) out.at(r, seen(r, "ACCOM"));
                        }
                    }),
            Rule.error("153", "All data items relating to a child's activity or accommodation after leaving care must be coded or left blank.", reads(OC3),
                    (child, out) -> {
                        for (Row r : child.rows(OC3)) if (anyFilled(r, LEAVER) && anyBlank(r, LEAVER)) out.at(r, seen(r, LEAVER));
                    }),
            Rule.error("344", "The record shows the young person has died or returned home to live with parent(s) or someone with parental responsibility for a continuous period of 6 months or more, but activity and/or accommodation on leaving care have been completed.",
                    reads(OC3),
                    (child, out) -> {
                        for (Row r : child.rows(OC3)) {
                            if (!r.is("IN_TOUCH", "DIED", "RHOM")) continue;
                            // 0 is DfE's "not applicable"; a blank is 132's and 133's to report.
                            if (r.has("ACTIV") && !r.is("ACTIV", "0") || r.has("ACCOM") && !r.is("ACCOM", "0")) out.at(r, seen(r, LEAVER));
                        }
                    }),
            Rule.error("345", "The data collection record shows the local authority is in touch with this young person, but activity and/or accommodation data items are zero.",
                    reads(OC3),
                    (child, out) -> {
                        for (Row r : child.rows(OC3)) if (r.is("IN_TOUCH", "YES") && (r.is("ACTIV", "0") || r.is("ACCOM", "0"))) out.at(r, seen(r, LEAVER));
                    }),
            Rule.error("347", "Care leavers aged under 18 years, can not be accommodated in a Foyer.", reads(OC3),
                    (child, out) -> {
                        for (Row r : child.rows(OC3)) {
                            LocalDate dob = r.date("DOB");
                            // T is the Foyer, T1 and T2 the codes it is written with (suitable, not suitable).
                            if (dob != null && r.is("ACCOM", "T", "T1", "T2") && dob.plusYears(18).isAfter(child.collectionStart())) {
                                out.at(r, seen(r, "ACCOM", "DOB"));
                            }
                        }
                    }),
            Rule.error("391", "Young person was not 17, 18, 19, 20 or 21 during the current collection year. ", reads(OC3),
                    (child, out) -> {
                        for (Row r : child.rows(OC3)) {
                            LocalDate dob = r.date("DOB");
                            if (dob != null && dob.plusYears(17).isAfter(child.collectionEnd()) && anyFilled(r, LEAVER)) out.at(r, seen(r, "DOB"));
                        }
                    }),

            // ---- OC3 with the header, AD1, OC2 ----
            Rule.error("134", "Data on adoption should not be entered for the OC3 cohort.", reads(AD1, OC3),
                    (child, out) -> {
                        if (child.rows(OC3).stream().noneMatch(r -> anyFilled(r, LEAVER))) return;
                        for (Row ad1 : child.rows(AD1)) if (anyFilled(ad1, ADOPTION)) out.at(ad1, seen(ad1, ADOPTION));
                    }),
            Rule.error("165", "Data entry for mother status is invalid.", reads(HEADER, EPISODES, OC3),
                    (child, out) -> child.header().ifPresent(h -> {
                        List<Row> care = new ArrayList<>();
                        for (Row ep : child.episodes()) if (!ep.is("LS", "V3", "V4")) care.add(ep);
                        if (care.isEmpty()) return;
                        boolean careInYear = care.stream().anyMatch(ep -> inYear(child, ep));
                        boolean leaver = child.rows(OC3).stream().anyMatch(r -> anyFilled(r, LEAVER));
                        boolean mother = h.has("MOTHER");
                        boolean male = h.is("SEX", "1", "M");
                        boolean female = h.is("SEX", "2", "F");
                        String seen = seen(h, "SEX", "MOTHER");
                        if (mother && !h.is("MOTHER", "0", "1")) out.at(h, seen);
                        else if (mother && male) out.at(h, seen);
                        else if (!mother && female && careInYear) out.at(h, seen + ", looked after in the year");
                        else if (mother && female && !careInYear && leaver) out.at(h, seen + ", a care leaver not looked after in the year");
                    })),
            Rule.error("215", "Child has care leaver information but one or more data items relating to children looked after for 12 months have been completed.",
                    reads(OC2, OC3),
                    (child, out) -> {
                        if (child.rows(OC3).stream().noneMatch(r -> anyFilled(r, LEAVER))) return;
                        for (Row oc2 : child.rows(OC2)) if (anyFilled(oc2, TWELVE_MONTHS)) out.at(oc2, seen(oc2, TWELVE_MONTHS));
                    }),
            Rule.error("3001", "Where care leavers information is being returned for a young person around their 17th birthday, the accommodation cannot be with their former foster carer(s).",
                    reads(HEADER, OC3),
                    (child, out) -> {
                        LocalDate dob = child.dateOfBirth();
                        if (dob == null) return;
                        LocalDate seventeen = dob.plusYears(17);
                        if (seventeen.isBefore(child.collectionStart()) || seventeen.isAfter(child.collectionEnd())) return;
                        for (Row r : child.rows(OC3)) if (r.is("ACCOM", "Z1", "Z2")) out.at(r, seen(r, "ACCOM") + ", 17 on " + seventeen);
                    }),
            Rule.error("628", "Motherhood details are not required for care leavers who have not been looked after during the year.",
                    reads(EPISODES, HEADER, OC3),
                    (child, out) -> child.header().ifPresent(h -> {
                        if (!child.episodes().isEmpty() || !h.has("MOTHER")) return;
                        if (child.rows(OC3).stream().anyMatch(r -> anyFilled(r, LEAVER))) out.at(h, seen(h, "MOTHER") + ", no episode in the year");
                    })),

            // ---- OC2 alone ----
            Rule.error("158", "If a child has been recorded as receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be left blank.",
                    reads(OC2),
                    (child, out) -> {
                        for (Row r : child.rows(OC2)) {
                            if (r.is("INTERVENTION_RECEIVED", "1") && r.has("INTERVENTION_OFFERED")) out.at(r, seen(r, "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"));
                        }
                    }),
            Rule.error("159", "If a child has been recorded as not receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be completed as well.",
                    reads(OC2),
                    (child, out) -> {
                        for (Row r : child.rows(OC2)) {
                            if (r.is("SUBSTANCE_MISUSE", "1") && r.is("INTERVENTION_RECEIVED", "0") && r.blank("INTERVENTION_OFFERED")) {
                                out.at(r, seen(r, "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"));
                            }
                        }
                    }),
            Rule.error("180", "Data entry for the strengths and difficulties questionnaire (SDQ) score is invalid.", reads(OC2),
                    (child, out) -> {
                        for (Row r : child.rows(OC2)) if (r.has("SDQ_SCORE") && !sdqScore(r.text("SDQ_SCORE"))) out.at(r, seen(r, "SDQ_SCORE"));
                    }),
            Rule.error("181", "Data items relating to children looked after continuously for 12 months should be completed with a 0 or 1.", reads(OC2),
                    (child, out) -> {
                        for (Row r : child.rows(OC2)) {
                            List<String> wrong = new ArrayList<>();
                            for (String c : TWELVE_MONTHS) if (r.has(c) && !r.is(c, "0", "1")) wrong.add(c);
                            if (!wrong.isEmpty()) out.at(r, seen(r, wrong.toArray(String[]::new)));
                        }
                    }),
            Rule.error("182", "Data entries on immunisations, teeth checks, health assessments and substance misuse problem identified should be completed or all OC2 fields should be left blank.",
                    reads(OC2),
                    (child, out) -> {
                        for (Row r : child.rows(OC2)) {
                            if (anyBlank(r, HEALTH) && anyFilled(r, "CONVICTED", "HEALTH_CHECK", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED")) {
                                out.at(r, seen(r, TWELVE_MONTHS));
                            }
                        }
                    }),
            Rule.error("188", "Child is aged under 4 years at the end of the year, but a Strengths and Difficulties (SDQ) score or a reason for no SDQ score has been completed. ",
                    reads(OC2),
                    (child, out) -> {
                        for (Row r : child.rows(OC2)) {
                            LocalDate dob = r.date("DOB");
                            if (dob != null && dob.plusYears(4).isAfter(child.collectionEnd()) && anyFilled(r, SCORE_OR_REASON)) out.at(r, seen(r, "DOB", "SDQ_SCORE", "SDQ_REASON"));
                        }
                    }),
            Rule.error("189", "Child is aged 17 years or over at the beginning of the year, but an Strengths and Difficulties (SDQ) score or a reason for no Strengths and Difficulties (SDQ) score has been completed.",
                    reads(OC2),
                    (child, out) -> {
                        for (Row r : child.rows(OC2)) {
                            LocalDate dob = r.date("DOB");
                            // DfE's check: 17 before 1 April (a 17th birthday on 1 April itself is not caught).
                            if (dob != null && dob.plusYears(17).isBefore(child.collectionStart()) && anyFilled(r, SCORE_OR_REASON)) {
                                out.at(r, seen(r, "DOB", "SDQ_SCORE", "SDQ_REASON"));
                            }
                        }
                    }),
            Rule.error("192", "Child has been identified as having a substance misuse problem but the additional item on whether an intervention was received has been left blank.",
                    reads(OC2),
                    (child, out) -> {
                        for (Row r : child.rows(OC2)) if (r.is("SUBSTANCE_MISUSE", "1") && r.blank("INTERVENTION_RECEIVED")) out.at(r, seen(r, "SUBSTANCE_MISUSE"));
                    }),
            Rule.error("193", "Child not identified as having a substance misuse problem but at least one of the two additional items on whether an intervention were offered and received have been completed.",
                    reads(OC2),
                    (child, out) -> {
                        for (Row r : child.rows(OC2)) {
                            if ((r.blank("SUBSTANCE_MISUSE") || r.is("SUBSTANCE_MISUSE", "0")) && anyFilled(r, "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED")) {
                                out.at(r, seen(r, "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"));
                            }
                        }
                    }),
            Rule.error("196", "Strengths and Difficulties (SDQ) reason is not a valid code.", reads(OC2),
                    (child, out) -> {
                        for (Row r : child.rows(OC2)) {
                            if (r.has("SDQ_REASON") && !r.is("SDQ_REASON", "SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5")) out.at(r, seen(r, "SDQ_REASON"));
                        }
                    }),
            Rule.error("197a", "Reason for no Strengths and Difficulties (SDQ) score is not required if Strengths and Difficulties Questionnaire score is filled in.",
                    reads(OC2),
                    (child, out) -> {
                        for (Row r : child.rows(OC2)) if (r.has("SDQ_SCORE") && r.has("SDQ_REASON")) out.at(r, seen(r, SCORE_OR_REASON));
                    }),
            Rule.error("542", "A child aged under 10 at 31 March should not have conviction information completed.", reads(OC2),
                    (child, out) -> {
                        for (Row r : child.rows(OC2)) {
                            LocalDate dob = r.date("DOB");
                            if (dob != null && dob.plusYears(10).isAfter(child.collectionEnd()) && r.has("CONVICTED")) out.at(r, seen(r, "DOB", "CONVICTED"));
                        }
                    }),
            Rule.error("544", "Any child who has conviction information completed must also have immunisation, teeth check, health assessment and substance misuse problem identified fields completed.",
                    reads(OC2),
                    (child, out) -> {
                        for (Row r : child.rows(OC2)) if (r.is("CONVICTED", "1") && anyBlank(r, HEALTH)) out.at(r, seen(r, HEALTH));
                    }),
            Rule.error("547", "Any child who has health promotion information completed must also have immunisation, teeth check, health assessment and substance misuse problem identified fields completed.",
                    reads(OC2),
                    (child, out) -> {
                        for (Row r : child.rows(OC2)) if (r.is("HEALTH_CHECK", "1") && anyBlank(r, HEALTH)) out.at(r, seen(r, HEALTH));
                    }),

            // ---- OC2 with the episodes: the children looked after continuously for 12 months ----
            Rule.error("157", "Child is aged 4 years or over at the beginning of the year or 16 years or under at the end of the year and Strengths and Difficulties Questionnaire (SDQ) 1 has been recorded as the reason for no Strengths and Difficulties Questionnaire (SDQ) score.",
                    reads(EPISODES, OC2),
                    (child, out) -> {
                        if (!continuouslyLookedAfter(child)) return;
                        for (Row r : child.rows(OC2)) {
                            LocalDate dob = r.date("DOB");
                            if (dob == null || r.has("SDQ_SCORE") || !r.is("SDQ_REASON", "SDQ1")) continue;
                            if (!dob.plusYears(4).isAfter(child.collectionStart()) && !dob.plusYears(16).isBefore(child.collectionEnd())) {
                                out.at(r, seen(r, "DOB", "SDQ_REASON"));
                            }
                        }
                    }),
            Rule.error("185", "Child has not been looked after continuously for at least 12 months at 31 March but a Strengths and Difficulties (SDQ) score has been completed.",
                    reads(EPISODES, OC2),
                    (child, out) -> {
                        if (continuouslyLookedAfter(child)) return;
                        for (Row r : child.rows(OC2)) if (r.has("SDQ_SCORE")) out.at(r, seen(r, "SDQ_SCORE"));
                    }),
            Rule.error("186", "Children aged 4 or over at the start of the year and children aged under 17 at the end of the year and who have been looked after for at least 12 months continuously should have a Strengths and Difficulties (SDQ) score completed.",
                    reads(EPISODES, OC2),
                    (child, out) -> {
                        if (!continuouslyLookedAfter(child)) return;
                        for (Row r : child.rows(OC2)) {
                            LocalDate dob = r.date("DOB");
                            if (dob != null && !dob.plusYears(4).isAfter(child.collectionStart()) && dob.plusYears(17).isAfter(child.collectionEnd())
                                    && !anyFilled(r, SCORE_OR_REASON)) {
                                out.at(r, seen(r, "DOB") + ", no SDQ score or reason");
                            }
                        }
                    }),
            Rule.error("190", "Child has not been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been completed.",
                    reads(EPISODES, OC2),
                    (child, out) -> {
                        if (continuouslyLookedAfter(child)) return;
                        for (Row r : child.rows(OC2)) if (anyFilled(r, TWELVE_MONTHS)) out.at(r, seen(r, TWELVE_MONTHS));
                    }),
            Rule.error("191", "Child has been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been left blank.",
                    reads(EPISODES, OC2),
                    (child, out) -> {
                        if (!continuouslyLookedAfter(child)) return;
                        if (child.rows(OC2).isEmpty()) {
                            out.at(child.episodes().get(0), "no OC2 row for the child");
                            return;
                        }
                        for (Row r : child.rows(OC2)) if (anyBlank(r, HEALTH)) out.at(r, seen(r, HEALTH));
                    }),
            Rule.error("197B", "SDQ score or reason for no SDQ should be reported for 4- or 17-year-olds.",
                    reads(EPISODES, OC2),
                    (child, out) -> {
                        if (!continuouslyLookedAfter(child)) return;
                        for (Row r : child.rows(OC2)) {
                            LocalDate dob = r.date("DOB");
                            if (dob == null || anyFilled(r, SCORE_OR_REASON)) continue;
                            if (withinYear(child, dob.plusYears(4)) || withinYear(child, dob.plusYears(17))) out.at(r, seen(r, "DOB") + ", no SDQ score or reason");
                        }
                    }),
            Rule.error("198", "Child has not been looked after continuously for at least 12 months at 31 March but a reason for no Strengths and Difficulties (SDQ) score has been completed. ",
                    reads(EPISODES, OC2),
                    (child, out) -> {
                        if (continuouslyLookedAfter(child)) return;
                        for (Row r : child.rows(OC2)) if (r.has("SDQ_REASON")) out.at(r, seen(r, "SDQ_REASON"));
                    }),
            Rule.error("543", "Child is aged 10 or over at 31 March and has been looked after continuously for 12 months yet conviction information has not been completed.",
                    reads(EPISODES, OC2),
                    (child, out) -> {
                        if (!continuouslyLookedAfter(child)) return;
                        for (Row r : child.rows(OC2)) {
                            LocalDate dob = r.date("DOB");
                            if (dob != null && !dob.plusYears(10).isAfter(child.collectionEnd()) && r.blank("CONVICTED")) out.at(r, seen(r, "DOB") + ", CONVICTED blank");
                        }
                    }),
            Rule.error("545", "Child is aged under 5 at 31 March and has been looked after continuously for 12 months yet health promotion information has not been completed.",
                    reads(EPISODES, OC2),
                    (child, out) -> {
                        if (!continuouslyLookedAfter(child)) return;
                        for (Row r : child.rows(OC2)) {
                            LocalDate dob = r.date("DOB");
                            if (dob != null && dob.plusYears(5).isAfter(child.collectionEnd()) && r.blank("HEALTH_CHECK")) out.at(r, seen(r, "DOB") + ", HEALTH_CHECK blank");
                        }
                    }),
            Rule.error("546", "Children aged 5 or over at 31 March should not have health promotion information completed.",
                    reads(EPISODES, OC2),
                    (child, out) -> {
                        if (!continuouslyLookedAfter(child)) return;
                        for (Row r : child.rows(OC2)) {
                            LocalDate dob = r.date("DOB");
                            if (dob != null && !dob.plusYears(5).isAfter(child.collectionEnd()) && r.has("HEALTH_CHECK")) out.at(r, seen(r, "DOB", "HEALTH_CHECK"));
                        }
                    }),
            Rule.error("187", "Child cannot be looked after continuously for 12 months at 31 March (OC2) and have any of adoption or care leavers returns completed.",
                    reads(AD1, EPISODES, OC3),
                    (child, out) -> {
                        if (!continuouslyLookedAfter(child)) return;
                        for (Row r : child.rows(OC3)) if (anyFilled(r, LEAVER)) out.at(r, seen(r, LEAVER));
                        for (Row r : child.rows(AD1)) if (anyFilled(r, ADOPTION)) out.at(r, seen(r, ADOPTION));
                    }),

            // ---- internal checks against the header ----
            Rule.error("INT05", "Internal Check: Child in OC2 does not exist in Header.", reads(HEADER, OC2),
                    (child, out) -> {
                        if (child.header().isEmpty()) for (Row r : child.rows(OC2)) out.at(r, "CHILD " + r.child());
                    }),
            Rule.error("INT06", "Internal Check: Child in OC3 does not exist in Header.", reads(HEADER, OC3),
                    (child, out) -> {
                        if (child.header().isEmpty()) for (Row r : child.rows(OC3)) out.at(r, "CHILD " + r.child());
                    }),
            Rule.error("INT14", "Internal Check: DOB in OC2 is different to DOB in Header.", reads(HEADER, OC2),
                    (child, out) -> dobDiffers(child, OC2, out)),
            Rule.error("INT15", "Internal Check: DOB in OC3 is different to DOB in Header.", reads(HEADER, OC3),
                    (child, out) -> dobDiffers(child, OC3, out)),
            Rule.error("INT33", "Internal Check: Child should only exist once in OC2.", reads(OC2),
                    (child, out) -> {
                        if (child.rows(OC2).size() > 1) for (Row r : child.rows(OC2)) out.at(r, child.rows(OC2).size() + " rows for CHILD " + r.child());
                    }),
            Rule.error("INT34", "Internal Check: Child should only exist once in OC3.", reads(OC3),
                    (child, out) -> {
                        if (child.rows(OC3).size() > 1) for (Row r : child.rows(OC3)) out.at(r, child.rows(OC3).size() + " rows for CHILD " + r.child());
                    }));

    /**
     * Whether the child was looked after continuously for the 12 months to 31 March, as DfE defines it: some
     * episode of the return falls in the year, and none shows the child entering care after 1 April (a new period
     * of care, RNE S), leaving care before 31 March (an episode ending for any reason but a change within care,
     * REC X1) or being on a short-break legal status (V3, V4) during the year. Episodes whose dates do not read
     * are left out of what they would show. Only this year's episodes are read.
     */
    private static boolean continuouslyLookedAfter(ChildReturn child) {
        LocalDate start = child.collectionStart();
        LocalDate end = child.collectionEnd();
        boolean lookedAfterInYear = false;
        for (Row ep : child.episodes()) {
            LocalDate decom = ep.date("DECOM");
            LocalDate dec = ep.date("DEC");
            boolean inYear = inYear(child, ep);
            lookedAfterInYear |= inYear;
            boolean entersCare = ep.is("RNE", "S") && decom != null && decom.isAfter(start) && !decom.isAfter(end);
            boolean leavesCare = !ep.is("REC", "X1") && dec != null && !dec.isBefore(start) && dec.isBefore(end);
            boolean shortBreaks = ep.is("LS", "V3", "V4") && inYear;
            if (entersCare || leavesCare || shortBreaks) return false;
        }
        return lookedAfterInYear;
    }

    /** The episode began by 31 March and had not ended before 1 April (an open episode has not ended). */
    private static boolean inYear(ChildReturn child, Row ep) {
        LocalDate decom = ep.date("DECOM");
        LocalDate dec = ep.date("DEC");
        return decom != null && !decom.isAfter(child.collectionEnd()) && (dec == null || !dec.isBefore(child.collectionStart()));
    }

    private static boolean withinYear(ChildReturn child, LocalDate day) {
        return !day.isBefore(child.collectionStart()) && !day.isAfter(child.collectionEnd());
    }

    /** Age in whole years on the day. */
    private static int ageOn(LocalDate dob, LocalDate day) {
        return (int) ChronoUnit.YEARS.between(dob, day);
    }

    /** Last year's episodes of the child, or none when the ledger holds no return of last year's episodes. */
    private static List<Row> lastYearsEpisodes(ChildReturn child) {
        List<Row> last = lastYearsEpisodesOrNull(child);
        return last == null ? List.of() : last;
    }

    private static List<Row> lastYearsEpisodesOrNull(ChildReturn child) {
        return child.lastYears(EPISODES);
    }

    private static Row firstWith(List<Row> episodes, String reasonEnded) {
        for (Row ep : episodes) if (ep.is("REC", reasonEnded)) return ep;
        return null;
    }

    /** The episode that began last, of those whose DECOM reads. */
    private static Row latestBegun(List<Row> episodes) {
        Row latest = null;
        for (Row ep : episodes) if (ep.date("DECOM") != null) latest = ep; // episodes come in the order they began
        return latest;
    }

    /**
     * Why the young person's care, as this year's and last year's episodes show it, does not make them a relevant or
     * former relevant child (at least 13 weeks looked after since 14, some of it after 16), or that their care ended
     * in adoption; null when it does make them one. Short-break episodes (V3, V4) are not care for this.
     */
    private static String notRelevantChild(ChildReturn child, List<Row> lastYear, LocalDate dob) {
        // One episode per start date: an episode open at last year's end and repeated this year counts once, with its end.
        Map<LocalDate, Row> byStart = new HashMap<>();
        List<Row> all = new ArrayList<>(lastYear);
        all.addAll(child.episodes());
        for (Row ep : all) {
            LocalDate decom = ep.date("DECOM");
            if (decom == null) continue;
            byStart.merge(decom, ep, OutcomeRules::theEnded);
        }
        if (byStart.isEmpty()) return "no episode this year or last year";
        LocalDate latestStart = byStart.keySet().stream().max(LocalDate::compareTo).orElseThrow();
        Row latest = byStart.get(latestStart);
        if (latest.is("REC", "E11", "E12")) return "care ended in adoption, REC " + latest.text("REC");
        LocalDate fourteen = dob.plusYears(14);
        LocalDate sixteen = dob.plusYears(16);
        long since14 = 0;
        long since16 = 0;
        for (Map.Entry<LocalDate, Row> e : byStart.entrySet()) {
            Row ep = e.getValue();
            if (ep.is("LS", "V3", "V4")) continue;
            LocalDate end = ep.date("DEC");
            if (end == null && e.getKey().equals(latestStart)) end = child.collectionEnd();
            if (end == null) continue;
            since14 += Math.max(0, ChronoUnit.DAYS.between(later(e.getKey(), fourteen), end));
            since16 += Math.max(0, ChronoUnit.DAYS.between(later(e.getKey(), sixteen), end));
        }
        if (since14 >= 91 && since16 >= 1) return null;
        return since14 + " days looked after since 14, " + since16 + " since 16";
    }

    /** Of two rows of one episode, the one that has an end (the earlier end if both have). */
    private static Row theEnded(Row a, Row b) {
        LocalDate ea = a.date("DEC");
        LocalDate eb = b.date("DEC");
        if (ea == null) return eb == null ? a : b;
        if (eb == null) return a;
        return eb.isBefore(ea) ? b : a;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static void dobDiffers(ChildReturn child, ReturnFile file, Findings out) {
        LocalDate header = child.dateOfBirth();
        if (header == null) return;
        for (Row r : child.rows(file)) {
            LocalDate dob = r.date("DOB");
            if (dob != null && !dob.equals(header)) out.at(r, "DOB " + r.text("DOB") + ", header DOB " + child.header().get().text("DOB"));
        }
    }

    /** A score of the questionnaire: a whole number from 0 to 40. */
    private static boolean sdqScore(String text) {
        try {
            double v = Double.parseDouble(text);
            return v == Math.rint(v) && v >= 0 && v <= 40;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean anyFilled(Row r, String... columns) {
        for (String c : columns) if (r.has(c)) return true;
        return false;
    }

    private static boolean anyBlank(Row r, String... columns) {
        for (String c : columns) if (r.blank(c)) return true;
        return false;
    }

    /** "COL value, COL (blank), ..." for what the report shows was seen. */
    private static String seen(Row r, String... columns) {
        StringJoiner j = new StringJoiner(", ");
        for (String c : columns) j.add(c + " " + (r.blank(c) ? "(blank)" : r.text(c)));
        return j.toString();
    }
}
