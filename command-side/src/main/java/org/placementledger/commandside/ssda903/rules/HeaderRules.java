package org.placementledger.commandside.ssda903.rules;

import org.placementledger.events.ssda903.ReturnFile;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static org.placementledger.events.ssda903.ReturnFile.HEADER;
import static org.placementledger.events.ssda903.ReturnFile.OC3;
import static org.placementledger.events.ssda903.ReturnFile.UASC;
import static org.placementledger.commandside.ssda903.rules.Rule.reads;

/**
 * DfE rules that read the header alone, or the header with the UASC file, this year's and the child's last year's.
 * <p>
 * A return in CSV files has no UASC field in its header: a child's UASC status is whether the child has a row in the
 * UASC file (as the councils' open validator reads CSV files). Rules 105, 205C and 303, which compare the header's
 * status with the UASC file, cannot be broken by CSV files and are not here.
 */
final class HeaderRules {

    private HeaderRules() {
    }

    /** A UPN: a letter other than I, O or S, then 12 digits or 11 digits and a letter; or an unknown code UN1 to UN5. */
    private static final Pattern UPN = Pattern.compile("[A-HJ-NP-RT-Z](\\d{12}|\\d{11}[A-Z])|UN[1-5]");

    private static final Set<String> UPN_UNKNOWN = Set.of("UN1", "UN2", "UN3", "UN4", "UN5");

    static final List<Rule> ALL = List.of(
            Rule.error("104", "Date for Unaccompanied Asylum-Seeking Children (UASC) status ceased is not a valid date.", reads(UASC),
                    (child, out) -> {
                        for (Row u : child.rows(UASC)) {
                            LocalDate duc = u.date("DUC");
                            if (u.has("DUC") && (duc == null || duc.isBefore(child.collectionStart()))) out.at(u, "DUC " + u.text("DUC"));
                        }
                    }),
            Rule.error("168", "Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1, UN2, UN3, UN4 or UN5.", reads(HEADER),
                    (child, out) -> child.header().ifPresent(h -> {
                        if (h.has("UPN") && !UPN.matcher(upper(h, "UPN")).matches()) out.at(h, "UPN " + h.text("UPN"));
                    })),
            Rule.error("171", "Date of birth of mother's child is not a valid date.", reads(HEADER),
                    (child, out) -> child.header().ifPresent(h -> {
                        if (h.has("MC_DOB") && h.date("MC_DOB") == null) out.at(h, "MC_DOB " + h.text("MC_DOB"));
                    })),
            Rule.error("174", "Mother's child date of birth is recorded but sex shows that the child is a male.", reads(HEADER),
                    (child, out) -> child.header().ifPresent(h -> {
                        if (h.is("SEX", "1", "M") && h.has("MC_DOB")) out.at(h, "SEX " + h.text("SEX") + ", MC_DOB " + h.text("MC_DOB"));
                    })),
            Rule.error("202", "The gender code conflicts with the gender already recorded for this child.", reads(HEADER),
                    (child, out) -> child.header().ifPresent(h -> lastHeader(child).ifPresent(last -> {
                        // 2024-25 wrote sex as M/F where 2023-24 wrote 1/2: the same sex in either year's codes agrees.
                        if (!sex(h).equals(sex(last))) out.at(h, "SEX " + h.text("SEX") + ", last year " + last.text("SEX"));
                    }))),
            Rule.error("203", "Date of birth disagrees with the date of birth already recorded for this child.", reads(HEADER),
                    (child, out) -> child.header().ifPresent(h -> lastHeader(child).ifPresent(last -> {
                        if (!Objects.equals(h.date("DOB"), last.date("DOB"))) out.at(h, "DOB " + h.text("DOB") + ", last year " + last.text("DOB"));
                    }))),
            Rule.error("204", "Ethnic origin code disagrees with the ethnic origin already recorded for this child.", reads(HEADER),
                    (child, out) -> child.header().ifPresent(h -> lastHeader(child).ifPresent(last -> {
                        if (!upper(h, "ETHNIC").equals(upper(last, "ETHNIC"))) out.at(h, "ETHNIC " + h.text("ETHNIC") + ", last year " + last.text("ETHNIC"));
                    }))),
            Rule.error("205A", "Child identified as UASC last year is no longer UASC this year, but date UASC ceased in both years does not support this.",
                    reads(HEADER, UASC),
                    (child, out) -> child.header().ifPresent(h -> {
                        if (!child.rows(UASC).isEmpty() || !suppliesLast(child, HEADER, UASC)) return;
                        Row lastUasc = child.previous().uasc().orElse(null);
                        if (lastUasc == null || child.previous().header().isEmpty()) return;
                        LocalDate duc = lastUasc.date("DUC");
                        ChildReturn last = child.previous();
                        if (duc == null || duc.isBefore(last.collectionStart()) || duc.isAfter(last.collectionEnd())) {
                            out.at(h, "no UASC row this year; last year's DUC " + (lastUasc.has("DUC") ? lastUasc.text("DUC") : "blank"));
                        }
                    })),
            Rule.error("205B", "Child previously identified as UASC is also UASC this year, but date UASC ceased in both years does not support this.",
                    reads(HEADER, UASC),
                    (child, out) -> {
                        if (!suppliesLast(child, HEADER, UASC) || child.header().isEmpty() || child.previous().header().isEmpty()) return;
                        Row lastUasc = child.previous().uasc().orElse(null);
                        if (lastUasc == null) return;
                        LocalDate lastDuc = lastUasc.date("DUC");
                        LocalDate lastDob = lastUasc.date("DOB");
                        boolean lastDucIs18th = lastDuc != null && lastDob != null && lastDuc.equals(lastDob.plusYears(18));
                        for (Row u : child.rows(UASC)) {
                            LocalDate duc = u.date("DUC");
                            boolean ducThisYear = duc != null && !duc.isBefore(child.collectionStart()) && !duc.isAfter(child.collectionEnd());
                            boolean ducAsLastYear = duc != null && duc.equals(lastDuc);
                            if (!lastDucIs18th || (!ducThisYear && !ducAsLastYear)) {
                                out.at(u, "DUC " + shown(u, "DUC") + ", last year " + shown(lastUasc, "DUC") + ", born " + lastUasc.text("DOB"));
                            }
                        }
                    }),
            Rule.error("205D", "Child identified as UASC this year but not identified as UASC status provided for the child last year.",
                    reads(HEADER, UASC),
                    (child, out) -> child.header().ifPresent(h -> {
                        if (child.rows(UASC).isEmpty() || !suppliesLast(child, HEADER, UASC)) return;
                        if (child.previous().header().isPresent() && child.previous().uasc().isEmpty()) out.at(h, "no UASC row last year");
                    })),
            Rule.error("208", "Unique Pupil Number (UPN) for the current year disagrees with the Unique Pupil Number (UPN) already recorded for this child.",
                    reads(HEADER),
                    (child, out) -> child.header().ifPresent(h -> lastHeader(child).ifPresent(last -> {
                        if (upnDisagrees(upper(h, "UPN"), upper(last, "UPN"))) out.at(h, "UPN " + shown(h, "UPN") + ", last year " + shown(last, "UPN"));
                    }))),
            Rule.error("209", "Child looked after is of school age and should not have an unknown Unique Pupil Number (UPN) code of UN1.", reads(HEADER),
                    (child, out) -> child.header().ifPresent(h -> {
                        LocalDate dob = h.date("DOB");
                        // of school age: 4 by 31 August of the calendar year before the collection year starts
                        LocalDate reference = LocalDate.of(child.collectionStart().getYear() - 1, 8, 31);
                        if (h.is("UPN", "UN1") && dob != null && !dob.plusYears(4).isAfter(reference)) out.at(h, "UPN UN1, DOB " + h.text("DOB"));
                    })),
            Rule.error("304", "Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before the 18th birthday of a child.", reads(UASC),
                    (child, out) -> {
                        for (Row u : child.rows(UASC)) {
                            LocalDate duc = u.date("DUC");
                            LocalDate dob = u.date("DOB");
                            if (duc != null && dob != null && duc.isAfter(dob.plusYears(18))) out.at(u, "DUC " + u.text("DUC") + ", DOB " + u.text("DOB"));
                        }
                    }),
            Rule.error("351", "Child was over 25 at the start of the current collection year.", reads(HEADER),
                    (child, out) -> child.header().ifPresent(h -> {
                        LocalDate dob = h.date("DOB");
                        if (dob != null && dob.plusYears(25).isBefore(child.collectionStart())) out.at(h, "DOB " + h.text("DOB"));
                    })),
            Rule.error("611", "Date of birth field is blank, but child is a mother.", reads(HEADER),
                    (child, out) -> child.header().ifPresent(h -> {
                        if (h.is("MOTHER", "1") && h.blank("MC_DOB")) out.at(h, "MOTHER 1, MC_DOB blank");
                    })),
            Rule.error("612", "Date of birth field has been completed but mother field indicates child is not a mother.", reads(HEADER),
                    (child, out) -> notAMother(child, out, "2")).until(2023),
            Rule.error("612", "Date of birth field has been completed but mother field indicates child is not a mother.", reads(HEADER),
                    (child, out) -> notAMother(child, out, "F")).from(2024),
            Rule.error("620", "Child has been recorded as a mother, but date of birth shows that the mother is under 11 years of age.", reads(HEADER),
                    (child, out) -> child.header().ifPresent(h -> {
                        LocalDate dob = h.date("DOB");
                        if (h.is("MOTHER", "1") && dob != null && dob.plusYears(11).isAfter(child.collectionStart())) out.at(h, "MOTHER 1, DOB " + h.text("DOB"));
                    })),
            Rule.error("621", "Mother’s field has been completed but date of birth shows that the mother is younger than her child.", reads(HEADER),
                    (child, out) -> child.header().ifPresent(h -> {
                        LocalDate dob = h.date("DOB");
                        LocalDate mcDob = h.date("MC_DOB");
                        if (dob != null && mcDob != null && !mcDob.isAfter(dob)) out.at(h, "DOB " + h.text("DOB") + ", MC_DOB " + h.text("MC_DOB"));
                    })),
            Rule.error("624", "Date of birth of the first child contradicts the date of birth of the first child previously recorded.", reads(HEADER),
                    (child, out) -> child.header().ifPresent(h -> lastHeader(child).ifPresent(last -> {
                        if (last.has("MC_DOB") && !sameDate(h, last, "MC_DOB")) out.at(h, "MC_DOB " + shown(h, "MC_DOB") + ", last year " + last.text("MC_DOB"));
                    }))),
            Rule.error("626", "Child was reported as a mother but the date of birth of the first child is before the current year which contradicts with the mother status recorded last year.",
                    reads(HEADER),
                    (child, out) -> child.header().ifPresent(h -> lastHeader(child).ifPresent(last -> {
                        LocalDate mcDob = h.date("MC_DOB");
                        if (h.is("MOTHER", "1") && last.is("MOTHER", "0") && mcDob != null && mcDob.isBefore(child.collectionStart())) {
                            out.at(h, "MOTHER 1, MC_DOB " + h.text("MC_DOB") + "; last year MOTHER 0");
                        }
                    }))),
            Rule.query("EPI", "WARNING: Episodes need to be loaded for this child before further validation is possible [NOTE: This refers to the DfE portal - here, all checks that can be performed with only the available data will be.]",
                    reads(HEADER),
                    (child, out) -> {
                        // a care leaver reported in OC3 alone is expected to have no episodes
                        if (child.episodes().isEmpty() && child.rows(OC3).isEmpty()) child.header().ifPresent(h -> out.at(h, "no episodes"));
                    }),
            Rule.error("INT09", "Internal Check: Child in UASC does not exist in Header.", reads(HEADER, UASC),
                    (child, out) -> {
                        if (child.header().isEmpty()) out.atEach(child.rows(UASC));
                    }),
            Rule.error("INT18", "Internal Check: DOB in UASC is different to DOB in Header.", reads(HEADER, UASC),
                    (child, out) -> child.header().ifPresent(h -> {
                        for (Row u : child.rows(UASC)) {
                            LocalDate dob = u.date("DOB");
                            if (dob != null && h.date("DOB") != null && !dob.equals(h.date("DOB"))) out.at(u, "DOB " + u.text("DOB") + ", header " + h.text("DOB"));
                        }
                    })),
            Rule.error("INT21", "Internal Check: SEX in UASC is different to SEX in Header.", reads(HEADER, UASC),
                    (child, out) -> child.header().ifPresent(h -> {
                        for (Row u : child.rows(UASC)) {
                            if (u.has("SEX") && h.has("SEX") && !upper(u, "SEX").equals(upper(h, "SEX"))) out.at(u, "SEX " + u.text("SEX") + ", header " + h.text("SEX"));
                        }
                    })),
            Rule.error("INT32", "Internal Check: Child should only exist once in Header.", reads(HEADER),
                    (child, out) -> {
                        List<Row> rows = child.rows(HEADER);
                        if (rows.size() > 1) for (Row r : rows) out.at(r, rows.size() + " header rows");
                    }),
            Rule.error("INT36", "Internal Check: Child should only exist once in UASC.", reads(UASC),
                    (child, out) -> {
                        List<Row> rows = child.rows(UASC);
                        if (rows.size() > 1) for (Row r : rows) out.at(r, rows.size() + " UASC rows");
                    }));

    private static void notAMother(ChildReturn child, Findings out, String female) {
        child.header().ifPresent(h -> {
            if ((h.is("MOTHER", "0") || h.blank("MOTHER")) && h.is("SEX", female) && h.has("MC_DOB")) {
                out.at(h, "SEX " + h.text("SEX") + ", MOTHER " + shown(h, "MOTHER") + ", MC_DOB " + h.text("MC_DOB"));
            }
        });
    }

    /** The child's header of last year, when last year's return is held with its header. */
    private static Optional<Row> lastHeader(ChildReturn child) {
        ChildReturn last = child.previous();
        if (last == null || !last.supplies(HEADER)) return Optional.empty();
        return last.header();
    }

    private static boolean suppliesLast(ChildReturn child, ReturnFile... files) {
        ChildReturn last = child.previous();
        if (last == null) return false;
        for (ReturnFile f : files) if (!last.supplies(f)) return false;
        return true;
    }

    /**
     * DfE's rule 208: a UPN may change from unknown (blank or UN1) to UN2-UN5, or from any unknown to a known UPN;
     * any other change disagrees (blank in both years is rule 442's).
     */
    private static boolean upnDisagrees(String now, String before) {
        if (now.equals(before)) return false;
        boolean nowUnknown = now.isEmpty() || UPN_UNKNOWN.contains(now);
        boolean beforeUnknown = before.isEmpty() || UPN_UNKNOWN.contains(before);
        boolean toLaterUnknown = (before.isEmpty() || before.equals("UN1")) && UPN_UNKNOWN.contains(now) && !now.equals("UN1");
        boolean blankToUn1 = before.isEmpty() && now.equals("UN1");
        boolean unknownToKnown = beforeUnknown && !nowUnknown;
        return !toLaterUnknown && !blankToUn1 && !unknownToKnown;
    }

    /** SEX in 2024-25's codes (1 and 2 of earlier years read as M and F), so two years' headers compare. */
    private static String sex(Row header) {
        String s = upper(header, "SEX");
        return switch (s) {
            case "1" -> "M";
            case "2" -> "F";
            default -> s;
        };
    }

    /** The two rows give the same date in the field: compared as dates when both read, else as written. */
    private static boolean sameDate(Row a, Row b, String column) {
        LocalDate da = a.date(column);
        LocalDate db = b.date(column);
        if (da != null && db != null) return da.equals(db);
        return upper(a, column).equals(upper(b, column));
    }

    private static String upper(Row r, String column) {
        return r.text(column).toUpperCase(java.util.Locale.ROOT);
    }

    private static String shown(Row r, String column) {
        return r.has(column) ? r.text(column) : "blank";
    }
}
