package org.placementledger.events.ssda903;

import org.placementledger.events.CareCeased;
import org.placementledger.events.CareFact;
import org.placementledger.events.CareStarted;
import org.placementledger.events.ChildDetailsRecorded;
import org.placementledger.events.HomePostcodeChanged;
import org.placementledger.events.LegalStatusChanged;
import org.placementledger.events.Placement;
import org.placementledger.events.PlacementChanged;
import org.placementledger.events.ReturnRowsRecorded;
import org.placementledger.events.Postcode;
import org.placementledger.events.codes.CategoryOfNeed;
import org.placementledger.events.codes.Code903;
import org.placementledger.events.codes.Codes;
import org.placementledger.events.codes.PlacementType;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.codes.ReasonEpisodeCeased;
import org.placementledger.events.codes.ReasonNewEpisode;
import org.placementledger.events.codes.ReasonPlaceChange;
import org.placementledger.events.codes.ReportingYear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A child's 903 return for a collection year, written from the child's facts: the inverse of the import.
 * An episode begins with each start of care, change of placement or change of legal status; a change of
 * placement and of legal status on the same day are one episode (RNE B or U). An episode still open at
 * the year's end is written open, as it stood then.
 */
public final class ReturnOf {

    private ReturnOf() {
    }

    /** Collection year ending 31 March {@code endYear}. */
    public static ReportingYear collectionYearEnding(int endYear) {
        return new ReportingYear(endYear - 1);
    }

    /** An episode being laid out. */
    private static final class Open {
        LocalDate decom;
        ReasonNewEpisode rne;
        boolean byStart;
        boolean placementChanged;
        boolean carerChanged;
        boolean statusChanged;
        LegalStatus ls;
        CategoryOfNeed cin;
        Placement placement;
        Postcode home;

        Open copyFrom(LocalDate date) {
            Open next = new Open();
            next.decom = date;
            next.ls = ls;
            next.cin = cin;
            next.placement = placement;
            next.home = home;
            return next;
        }
    }

    /** Every episode of the child's facts (given in the order they happened), whatever the year. */
    public static List<EpisodeRow> episodes(String child, List<CareFact> facts) {
        List<EpisodeRow> rows = new ArrayList<>();
        Open open = null;
        Postcode home = null;
        for (CareFact fact : facts) {
            LocalDate d = fact.effectiveDate();
            if (fact instanceof CareStarted s) {
                if (open != null) continue;
                home = s.homePostcode();
                open = new Open();
                open.decom = d;
                open.byStart = true;
                open.rne = s.reasonNewEpisode();
                open.ls = s.legalStatus();
                open.cin = s.categoryOfNeed();
                open.placement = s.placement();
                open.home = home;
            } else if (fact instanceof HomePostcodeChanged h) {
                home = h.homePostcode();
                if (open != null && open.decom.equals(d)) open.home = home;
            } else if (open == null) {
                // outside a period of care nothing else makes an episode
            } else if (fact instanceof PlacementChanged m) {
                if (!(open.decom.equals(d) && !open.byStart && !open.placementChanged)) {
                    rows.add(row(child, open, d, ReasonEpisodeCeased.X1, m.reason()));
                    open = open.copyFrom(d);
                    open.home = home;
                } else if (m.reason() != null && !rows.isEmpty()) {
                    // A move joining the episode a change of legal status opened that day: the episode it ended
                    // carries the move's reason (DfE puts REASON_PLACE_CHANGE on the episode that ends).
                    rows.set(rows.size() - 1, withReason(rows.get(rows.size() - 1), m.reason()));
                }
                open.placementChanged = true;
                open.carerChanged = m.carerChanged();
                open.placement = m.placement();
                open.rne = ReasonNewEpisode.forChange(true, open.carerChanged, open.statusChanged);
            } else if (fact instanceof LegalStatusChanged l) {
                if (!(open.decom.equals(d) && !open.byStart && !open.statusChanged)) {
                    rows.add(row(child, open, d, ReasonEpisodeCeased.X1, null));
                    open = open.copyFrom(d);
                    open.home = home;
                }
                open.statusChanged = true;
                open.ls = l.legalStatus();
                open.rne = ReasonNewEpisode.forChange(open.placementChanged, open.carerChanged, true);
            } else if (fact instanceof CareCeased c) {
                rows.add(row(child, open, d, c.reason(), null));
                open = null;
            }
        }
        if (open != null) rows.add(row(child, open, null, null, null));
        return rows;
    }

    /**
     * The episodes of a collection year: those open on any day of it, as they stood at its end, with each code as
     * that year's list writes it (a placement kept as K3 is H5 in a return before 2024-25).
     */
    public static List<EpisodeRow> episodes(String child, List<CareFact> facts, ReportingYear year) {
        List<EpisodeRow> out = new ArrayList<>();
        for (EpisodeRow r : episodes(child, facts)) {
            r = inCodesOf(r, year);
            LocalDate decom = Dates903.parse(r.decom());
            LocalDate dec = Dates903.parse(r.dec());
            if (decom.isAfter(year.lastDay()) || (dec != null && dec.isBefore(year.firstDay()))) continue;
            if (dec != null && dec.isAfter(year.lastDay())) {
                r = new EpisodeRow(0, r.child(), r.decom(), r.rne(), r.ls(), r.cin(), r.place(), r.placeProvider(), "", "", "",
                        r.homePost(), r.plPost(), r.urn());
            }
            out.add(r);
        }
        return out;
    }

    /**
     * The header row of a collection year: sex (in the year's codes) and date of birth as care last started by its
     * end, details as last known by then.
     */
    public static Optional<HeaderRow> header(String child, List<CareFact> facts, ReportingYear year) {
        CareStarted start = null;
        ChildDetailsRecorded details = null;
        for (CareFact fact : facts) {
            if (fact.effectiveDate().isAfter(year.lastDay())) continue;
            if (fact instanceof CareStarted s) start = s;
            if (fact instanceof ChildDetailsRecorded d) details = d;
        }
        if (start == null) return Optional.empty();
        return Optional.of(new HeaderRow(0, child, start.sex() == null ? "" : start.sex().codeIn(year), Dates903.format(start.dateOfBirth()),
                details == null ? "" : text(details.ethnicity()), details == null ? "" : text(details.upn()),
                details == null ? "" : text(details.mother()), details == null ? "" : text(details.motherChildDateOfBirth())));
    }

    private static EpisodeRow row(String child, Open e, LocalDate dec, ReasonEpisodeCeased rec, ReasonPlaceChange reason) {
        Placement p = e.placement;
        return new EpisodeRow(0, child, Dates903.format(e.decom), e.rne.code(), code(e.ls), code(e.cin), code(p.type()),
                code(p.provider()), Dates903.format(dec), code(rec), code(reason), e.home == null ? "" : e.home.value(),
                p.postcode() == null ? "" : p.postcode().value(), text(p.urn()));
    }

    /**
     * The child's rows of the return's other files for a collection year (by DfE's name of the file), as last
     * recorded for that year: CHILD, then DOB from the child's record, then the fields as the council wrote them.
     */
    public static java.util.Map<String, List<List<String>>> otherFiles(String child, List<CareFact> facts, ReportingYear year) {
        CareStarted start = null;
        java.util.Map<String, ReturnRowsRecorded> latest = new java.util.HashMap<>();
        for (CareFact fact : facts) {
            if (fact.effectiveDate().isAfter(year.lastDay())) continue;
            if (fact instanceof CareStarted s) start = s;
            if (fact instanceof ReturnRowsRecorded r && !r.effectiveDate().isBefore(year.firstDay())) latest.put(r.file(), r);
        }
        java.util.Map<String, List<List<String>>> out = new java.util.TreeMap<>();
        String dob = start == null ? "" : Dates903.format(start.dateOfBirth());
        for (ReturnRowsRecorded r : latest.values()) {
            List<List<String>> rows = new ArrayList<>();
            for (List<String> fields : CsvReader.parse(r.rows())) {
                List<String> row = new ArrayList<>(fields.size() + 2);
                row.add(child);
                row.add(dob);
                row.addAll(fields);
                rows.add(row);
            }
            if (!rows.isEmpty()) out.put(r.file(), rows);
        }
        return out;
    }

    private static EpisodeRow inCodesOf(EpisodeRow r, ReportingYear year) {
        String place = Codes.find(PlacementType.class, r.place()).map(p -> p.codeIn(year)).orElse(r.place());
        if (place.equals(r.place())) return r;
        return new EpisodeRow(r.line(), r.child(), r.decom(), r.rne(), r.ls(), r.cin(), place, r.placeProvider(), r.dec(), r.rec(),
                r.reasonPlaceChange(), r.homePost(), r.plPost(), r.urn());
    }

    private static EpisodeRow withReason(EpisodeRow r, ReasonPlaceChange reason) {
        return new EpisodeRow(r.line(), r.child(), r.decom(), r.rne(), r.ls(), r.cin(), r.place(), r.placeProvider(), r.dec(), r.rec(),
                reason.code(), r.homePost(), r.plPost(), r.urn());
    }

    private static String code(Code903 code) {
        return code == null ? "" : code.code();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
