package org.placementledger.commandside.ssda903;

import org.placementledger.events.Postcode;
import org.placementledger.events.codes.CategoryOfNeed;
import org.placementledger.events.codes.Code903;
import org.placementledger.events.codes.Codes;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.codes.PlacementProvider;
import org.placementledger.events.codes.PlacementType;
import org.placementledger.events.codes.ReasonEpisodeCeased;
import org.placementledger.events.codes.ReasonNewEpisode;
import org.placementledger.events.codes.ReasonPlaceChange;
import org.placementledger.events.codes.ReportingYear;
import org.placementledger.events.codes.Sex;
import org.placementledger.events.ssda903.Dates903;
import org.placementledger.events.ssda903.EpisodeRow;
import org.placementledger.events.ssda903.HeaderRow;

import org.placementledger.commandside.ssda903.rules.ChildReturn;
import org.placementledger.events.ssda903.ReturnFile;
import org.placementledger.commandside.ssda903.rules.Row;
import org.placementledger.commandside.ssda903.rules.Rulebook;
import org.placementledger.events.CareFact;
import org.placementledger.events.ChildDetailsRecorded;
import org.placementledger.events.history.EffectiveHistory;
import org.placementledger.events.history.StoredFact;
import org.placementledger.events.ssda903.ReturnOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks of one child's rows of a 903 return that decide whether they can become a valid history:
 * DfE's validation rules where they apply (numbered as DfE numbers them), and the ledger's own where the
 * return could be valid for DfE but not held as events. Plain Java: rows in, episodes and problems out.
 * <p>
 * Longer than 300 lines because the checks of a child's rows are one pass, each check reading what the earlier
 * ones established (dates read, episodes sorted); split, the pass would be spread over files.
 */
public final class EpisodeChecks {

    static final Set<String> ETHNICITIES = Set.of("WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA", "MWAS", "MOTH",
            "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

    private static final java.util.regex.Pattern CHILD_ID = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    /**
     * Rule 233 ("reason for placement change is not required when the episode has not ceased") is new in the 2025-26
     * specification: a return of an earlier year, made when no rule said so, is not refused for it.
     */
    static final ReportingYear RULE_233_FROM = new ReportingYear(2025);

    private final ImportFiles files;
    private final ReportingYear year;
    private final Set<ReturnFile> supplied;
    private final Rulebook rulebook;

    /** Checks of a return given as episodes and header only. */
    public EpisodeChecks(ImportFiles files, ReportingYear year) {
        this(files, year, EnumSet.of(ReturnFile.HEADER, ReturnFile.EPISODES));
    }

    /** @param supplied the files the import was given: DfE's rules that read another file are not applied */
    public EpisodeChecks(ImportFiles files, ReportingYear year, Set<ReturnFile> supplied) {
        this.files = files;
        this.year = year;
        this.supplied = Set.copyOf(supplied);
        this.rulebook = new Rulebook(files::nameOf);
    }

    public ImportFiles files() {
        return files;
    }

    public CheckedChild check(String child, List<EpisodeRow> rows, HeaderRow header) {
        return check(child, rows, header, Map.of(), null);
    }

    /**
     * The child's rows checked: first that they can become a history at all, then against DfE's other rules
     * ({@link Rulebook}), which read the child's rows of every file and, where a rule compares with last year,
     * the child's previous return as the ledger holds it.
     *
     * @param others  the child's rows of the return's other files (and every header row, when there is more than one)
     * @param history the child's record before this import, or null when not known
     */
    public CheckedChild check(String child, List<EpisodeRow> rows, HeaderRow header, Map<ReturnFile, List<Row>> others,
                              EffectiveHistory history) {
        CheckedChild checked = structure(child, rows, header);
        if (!CHILD_ID.matcher(child).matches()) return checked;
        List<Problem> problems = new ArrayList<>(checked.problems());
        problems.addAll(rulebook.check(childReturn(child, rows, header, others, history)));
        Map<ReturnFile, List<Row>> kept = new EnumMap<>(ReturnFile.class);
        for (ReturnFile f : supplied) if (f.keptAsWritten()) kept.put(f, others.getOrDefault(f, List.of()));
        return new CheckedChild(checked.child(), checked.episodes(), checked.header(), checked.dateOfBirth(), checked.sex(), problems, kept);
    }

    /**
     * DfE's rules for a child with rows in the header or the return's other files but no episode (a care leaver in
     * OC3, say): the child's rows of the other files, to be kept when the ledger holds the child.
     */
    public CheckedChild checkWithoutEpisodes(String child, HeaderRow header, Map<ReturnFile, List<Row>> others, EffectiveHistory history) {
        List<Problem> problems = new ArrayList<>(rulebook.check(childReturn(child, List.of(), header, others, history)));
        Map<ReturnFile, List<Row>> kept = new EnumMap<>(ReturnFile.class);
        for (ReturnFile f : supplied) if (f.keptAsWritten()) kept.put(f, others.getOrDefault(f, List.of()));
        return new CheckedChild(child, List.of(), header, null, null, problems, kept);
    }

    private ChildReturn childReturn(String child, List<EpisodeRow> rows, HeaderRow header, Map<ReturnFile, List<Row>> others,
                                    EffectiveHistory history) {
        Map<ReturnFile, List<Row>> all = new EnumMap<>(ReturnFile.class);
        all.putAll(others);
        List<Row> episodes = new ArrayList<>(rows.size());
        for (EpisodeRow r : rows) episodes.add(Row.of(ReturnFile.EPISODES, r.line(), r.fields()));
        all.put(ReturnFile.EPISODES, episodes);
        if (!all.containsKey(ReturnFile.HEADER) && header != null) {
            all.put(ReturnFile.HEADER, List.of(Row.of(ReturnFile.HEADER, header.line(), header.fields())));
        }
        return new ChildReturn(child, year, supplied, all, previous(child, history));
    }

    /** Last year's return of the child as the ledger writes it from the record, or null when the record holds nothing then. */
    private ChildReturn previous(String child, EffectiveHistory history) {
        if (history == null || history.lastSequence() < 0) return null;
        List<CareFact> facts = new ArrayList<>();
        for (StoredFact f : history.inEffectiveOrder()) facts.add(f.fact());
        ReportingYear last = new ReportingYear(year.startYear() - 1);
        List<EpisodeRow> episodes = ReturnOf.episodes(child, facts, last);
        Optional<HeaderRow> header = ReturnOf.header(child, facts, last);
        if (episodes.isEmpty() && header.isEmpty()) return null;
        Map<ReturnFile, List<Row>> rows = new EnumMap<>(ReturnFile.class);
        rows.put(ReturnFile.EPISODES, episodes.stream().map(r -> Row.of(ReturnFile.EPISODES, 0, r.fields())).toList());
        // Last year's header is the ledger's only when it holds that year's header details: ethnicity, UPN and mother
        // known only from this year's return would look blank last year, and DfE's rules would call that a change.
        boolean detailsOfLastYear = facts.stream().anyMatch(f -> f instanceof ChildDetailsRecorded
                && !f.effectiveDate().isBefore(last.firstDay()) && !f.effectiveDate().isAfter(last.lastDay()));
        Set<ReturnFile> held = detailsOfLastYear && header.isPresent() ? EnumSet.of(ReturnFile.HEADER, ReturnFile.EPISODES) : EnumSet.of(ReturnFile.EPISODES);
        if (held.contains(ReturnFile.HEADER)) rows.put(ReturnFile.HEADER, List.of(Row.of(ReturnFile.HEADER, 0, header.get().fields())));
        Map<String, List<List<String>>> kept = ReturnOf.otherFiles(child, facts, last);
        for (Map.Entry<String, List<List<String>>> k : kept.entrySet()) {
            ReturnFile.byDfeName(k.getKey()).ifPresent(f -> {
                held.add(f);
                rows.put(f, k.getValue().stream().map(v -> Row.of(f, 0, v)).toList());
            });
        }
        return new ChildReturn(child, last, held, rows, null);
    }

    /** The checks that decide whether the rows can become a history at all. */
    private CheckedChild structure(String child, List<EpisodeRow> rows, HeaderRow header) {
        List<Problem> problems = new ArrayList<>();
        if (!CHILD_ID.matcher(child).matches()) {
            problems.add(Problem.error(files.episodes(), rows.isEmpty() ? 0 : rows.get(0).line(), child, "CHILD_ID", child.isBlank()
                    ? "CHILD is missing" : "CHILD '" + child + "' is not a child id: letters, digits, '-' and '_', at most 64"));
            return new CheckedChild(child, List.of(), header, null, null, problems);
        }
        LocalDate dob = null;
        Sex sex = null;
        if (header == null) {
            problems.add(Problem.error(files.episodes(), rows.isEmpty() ? 0 : rows.get(0).line(), child, "INT03",
                    "Child in Episodes does not exist in Header: the child's date of birth and sex are not known"));
        } else {
            dob = date(header.dob(), files.header(), header.line(), child, "102", "DOB", problems);
            if (header.dob().isBlank()) problems.add(Problem.error(files.header(), header.line(), child, "102", "DOB is missing"));
            if (dob != null && dob.isAfter(year.lastDay())) {
                problems.add(Problem.error(files.header(), header.line(), child, "301", "Date of birth " + header.dob()
                        + " falls after the year ended (" + Dates903.format(year.lastDay()) + ")"));
            }
            LocalDate onDate = year.lastDay();
            sex = code(Sex.class, header.sex(), onDate, files.header(), header.line(), child, "101", "SEX", true, problems);
            if (!header.ethnic().isBlank() && !ETHNICITIES.contains(header.ethnic())) {
                problems.add(Problem.error(files.header(), header.line(), child, "103", "ETHNIC '" + header.ethnic()
                        + "' is not a valid ethnicity code"));
            }
        }
        List<Episode> episodes = new ArrayList<>();
        for (EpisodeRow row : rows) read(row, problems).ifPresent(episodes::add);
        if (episodes.size() < rows.size()) return new CheckedChild(child, sorted(episodes), header, dob, sex, problems);
        episodes = sorted(episodes);
        sequence(child, episodes, dob, problems);
        return new CheckedChild(child, episodes, header, dob, sex, problems);
    }

    private static List<Episode> sorted(List<Episode> episodes) {
        List<Episode> out = new ArrayList<>(episodes);
        out.sort(Comparator.comparing(Episode::start).thenComparingLong(Episode::line));
        return out;
    }

    /** The row's own fields: dates that read, codes that exist and are valid in the year of DECOM. */
    private Optional<Episode> read(EpisodeRow r, List<Problem> problems) {
        int before = problems.size();
        String f = files.episodes();
        long line = r.line();
        String child = r.child();
        LocalDate start = date(r.decom(), f, line, child, "141", "DECOM", problems);
        if (r.decom().isBlank()) problems.add(Problem.error(f, line, child, "141", "DECOM (date episode began) is missing"));
        LocalDate end = date(r.dec(), f, line, child, "147", "DEC", problems);
        LocalDate on = start == null ? year.lastDay() : start;
        ReasonNewEpisode rne = code(ReasonNewEpisode.class, r.rne(), on, f, line, child, "143", "RNE", true, problems);
        LegalStatus ls = code(LegalStatus.class, r.ls(), on, f, line, child, "144", "LS", true, problems);
        CategoryOfNeed cin = code(CategoryOfNeed.class, r.cin(), on, f, line, child, "145", "CIN", true, problems);
        PlacementType place = code(PlacementType.class, r.place(), on, f, line, child, "146", "PLACE", true, problems);
        PlacementProvider provider = code(PlacementProvider.class, r.placeProvider(), on, f, line, child, "178", "PLACE_PROVIDER", false, problems);
        ReasonEpisodeCeased rec = code(ReasonEpisodeCeased.class, r.rec(), end == null ? on : end, f, line, child, "149", "REC", false, problems);
        ReasonPlaceChange reason = code(ReasonPlaceChange.class, r.reasonPlaceChange(), on, f, line, child, "1009", "REASON_PLACE_CHANGE", false, problems);
        if (start != null && start.isAfter(year.lastDay())) {
            problems.add(Problem.error(f, line, child, "354", "DECOM " + r.decom() + " is after the end of the collection year ("
                    + Dates903.format(year.lastDay()) + ")"));
        }
        if (end != null && end.isAfter(year.lastDay())) {
            problems.add(Problem.error(f, line, child, "385", "DEC " + r.dec() + " is after the end of the collection year ("
                    + Dates903.format(year.lastDay()) + ")"));
        }
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(Problem.error(f, line, child, "356", "the episode ceased (DEC " + r.dec() + ") before it began (DECOM " + r.decom() + ")"));
        }
        if (r.dec().isBlank() != r.rec().isBlank()) {
            problems.add(Problem.error(f, line, child, "148", "DEC and REC must both be given, or both left blank"));
        }
        if (place != null && place.isTemporary() && provider != null) {
            problems.add(Problem.error(f, line, child, "213", "PLACE_PROVIDER must be blank for a temporary placement (" + place.code() + ")"));
        }
        if (place != null && !place.isTemporary() && r.placeProvider().isBlank()) {
            problems.add(Problem.error(f, line, child, "526", "PLACE_PROVIDER is missing for placement type " + place.code()));
        }
        if (reason != null && end == null) {
            if (year.compareTo(RULE_233_FROM) >= 0) {
                problems.add(Problem.error(f, line, child, "233", "REASON_PLACE_CHANGE is given but the episode has not ceased"));
            } else {
                problems.add(Problem.warning(f, line, child, "REASON_ON_OPEN_EPISODE", "REASON_PLACE_CHANGE " + r.reasonPlaceChange()
                        + " is given but the episode has not ceased: a reason belongs to the placement change that ends an episode, "
                        + "so it is not kept, and the export leaves it blank (DfE refuses it from " + RULE_233_FROM + ", rule 233)"));
            }
        }
        Postcode home = postcode(r.homePost(), f, line, child, "HOME_POST", problems);
        Postcode placed = postcode(r.plPost(), f, line, child, "PL_POST", problems);
        if (problems.subList(before, problems.size()).stream().anyMatch(Problem::isError)) return Optional.empty();
        return Optional.of(new Episode(r, start, rne, ls, cin, place, provider, end, rec, end == null ? null : reason, home, placed,
                r.urn().isBlank() ? null : r.urn()));
    }

    /** How the episodes follow one another: one at a time, chained by X1, each RNE true to what changed. */
    private void sequence(String child, List<Episode> episodes, LocalDate dob, List<Problem> problems) {
        String f = files.episodes();
        if (dob != null && !episodes.isEmpty() && episodes.get(0).start().isBefore(dob)) {
            problems.add(Problem.error(f, episodes.get(0).line(), child, "302", "First episode starts (DECOM "
                    + episodes.get(0).row().decom() + ") before the child was born (DOB " + Dates903.format(dob) + ")"));
        }
        for (int i = 0; i < episodes.size(); i++) {
            Episode e = episodes.get(i);
            Episode next = i + 1 < episodes.size() ? episodes.get(i + 1) : null;
            if (e.continuesCare() && (next == null || !next.start().equals(e.end()))) {
                problems.add(Problem.error(f, e.line(), child, "388", "REC is X1 (a new episode begins) but no episode begins on "
                        + e.row().dec()));
            }
            if (next == null) continue;
            if (e.end() == null) {
                problems.add(Problem.error(f, next.line(), child, "142", "a new episode begins on " + next.row().decom()
                        + " but the episode of line " + e.line() + " (from " + e.row().decom() + ") has not ended"));
                continue;
            }
            if (next.start().isBefore(e.end())) {
                problems.add(Problem.error(f, next.line(), child, "501", "the episode beginning " + next.row().decom()
                        + " starts before the episode of line " + e.line() + " ended (" + e.row().dec() + ")"));
                continue;
            }
            boolean chained = e.continuesCare() && next.start().equals(e.end());
            if (next.rne() == ReasonNewEpisode.S) {
                if (chained) {
                    problems.add(Problem.error(f, next.line(), child, "431", "RNE is S (started to be looked after) but the previous episode "
                            + "ended on the same day with X1"));
                }
                continue;
            }
            if (!e.continuesCare()) {
                problems.add(Problem.error(f, next.line(), child, "432", "the child ceased to be looked after at the end of the previous "
                        + "episode (REC " + e.ceased().code() + ") but RNE is " + next.rne().code() + ", not S"));
                continue;
            }
            if (!next.start().equals(e.end())) {
                problems.add(Problem.error(f, next.line(), child, "433", "RNE " + next.rne().code() + " continues care but the episode does not "
                        + "begin on the day the previous one ended (" + e.row().dec() + ")"));
                continue;
            }
            boolean placementChanged = !next.samePlacementAs(e);
            boolean statusChanged = next.legalStatus() != e.legalStatus();
            ReasonNewEpisode rne = next.rne();
            if (rne == ReasonNewEpisode.L && (placementChanged || !statusChanged)) {
                problems.add(Problem.error(f, next.line(), child, "434", "RNE is L (legal status changed, placement the same) but "
                        + (placementChanged ? "the placement changed" : "the legal status did not change")));
            } else if ((rne == ReasonNewEpisode.P || rne == ReasonNewEpisode.T) && (statusChanged || !placementChanged)) {
                problems.add(Problem.error(f, next.line(), child, "435", "RNE is " + rne.code() + " (placement changed, legal status the same) but "
                        + (statusChanged ? "the legal status changed" : "the placement did not change")));
            } else if ((rne == ReasonNewEpisode.B || rne == ReasonNewEpisode.U) && (!statusChanged || !placementChanged)) {
                problems.add(Problem.error(f, next.line(), child, "436", "RNE is " + rne.code() + " (placement and legal status changed) but "
                        + (!statusChanged ? "the legal status did not change" : "the placement did not change")));
            }
            if (next.categoryOfNeed() != e.categoryOfNeed()) {
                problems.add(Problem.error(f, next.line(), child, "CATEGORY_OF_NEED_WITHIN_PERIOD", "CIN changes from "
                        + e.categoryOfNeed().code() + " to " + next.categoryOfNeed().code() + " within a period of care; the ledger "
                        + "holds one category of need for each period"));
            }
            if (e.reasonPlaceChange() != null && !rne.changesPlacement()) {
                problems.add(Problem.error(f, e.line(), child, "REASON_WITHOUT_MOVE", "REASON_PLACE_CHANGE " + e.reasonPlaceChange().code()
                        + " is given but the next episode (RNE " + rne.code() + ") does not change the placement"));
            }
            if (e.reasonPlaceChange() == null && rne.changesPlacement() && !e.place().isTemporary() && !next.place().isTemporary()) {
                problems.add(Problem.warning(f, e.line(), child, "225", "Reason for placement change must be recorded: the next episode "
                        + "(RNE " + rne.code() + ") changes the placement; taken in with the reason not known"));
            }
        }
        Episode last = episodes.isEmpty() ? null : episodes.get(episodes.size() - 1);
        if (last != null && last.reasonPlaceChange() != null && !last.continuesCare() && last.end() != null) {
            problems.add(Problem.error(f, last.line(), child, "REASON_WITHOUT_MOVE", "REASON_PLACE_CHANGE " + last.reasonPlaceChange().code()
                    + " is given but the period of care ended (REC " + last.ceased().code() + ")"));
        }
    }

    private static LocalDate date(String text, String file, long line, String child, String rule, String column, List<Problem> problems) {
        try {
            return Dates903.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error(file, line, child, rule, column + " " + e.getMessage()));
            return null;
        }
    }

    private <E extends Enum<E> & Code903> E code(Class<E> type, String text, LocalDate on, String file, long line, String child,
                                                 String rule, String column, boolean required, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            if (required) problems.add(Problem.error(file, line, child, rule, column + " is missing"));
            return null;
        }
        Optional<E> found = Codes.find(type, text);
        if (found.isEmpty()) {
            problems.add(Problem.error(file, line, child, rule, column + " '" + text + "' is not a valid code (valid: " + Codes.allowed(type) + ")"));
            return null;
        }
        if (!found.get().validOn(on)) {
            problems.add(Problem.error(file, line, child, rule, column + " '" + text + "' is not valid in " + ReportingYear.containing(on)
                    + " (valid " + found.get().validity().describe() + ")"));
            return null;
        }
        String written = found.get().codeIn(year);
        if (!written.equalsIgnoreCase(text.trim())) {
            // Another year's code for the same thing (SEX 1 in 2024-25, M in 2023-24; K3 before 2024-25): its meaning is
            // not in doubt, so it is taken in, and the return is written back in its own year's code.
            problems.add(Problem.warning(file, line, child, rule, column + " '" + text + "' is not in the " + year + " code list: read as "
                    + found.get().code() + " (" + found.get().label() + "), which a " + year + " return writes as " + written));
        }
        return found.get();
    }

    /** A postcode not well formed is kept as written, with a warning: its distance cannot be measured. */
    private static Postcode postcode(String text, String file, long line, String child, String column, List<Problem> problems) {
        if (text == null || text.isBlank()) return null;
        Postcode postcode = Postcode.of(text);
        if (!postcode.isWellFormed()) {
            problems.add(Problem.warning(file, line, child, "POSTCODE_MALFORMED", column + " '" + text
                    + "' is not a well-formed postcode: kept as written, its distance cannot be measured"));
        }
        return postcode;
    }
}
