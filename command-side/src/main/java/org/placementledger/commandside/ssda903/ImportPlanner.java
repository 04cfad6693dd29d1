package org.placementledger.commandside.ssda903;

import org.placementledger.commandside.domain.CeaseCare;
import org.placementledger.commandside.domain.ChangeHomePostcode;
import org.placementledger.commandside.domain.ChangeLegalStatus;
import org.placementledger.commandside.domain.ChangePlacement;
import org.placementledger.commandside.domain.ChangePlacementCost;
import org.placementledger.commandside.domain.ChildCommand;
import org.placementledger.commandside.domain.ChildDecisions;
import org.placementledger.commandside.domain.CorrectEvent;
import org.placementledger.commandside.domain.NewPlacement;
import org.placementledger.commandside.domain.RecordChildDetails;
import org.placementledger.commandside.domain.RecordReturnRows;
import org.placementledger.commandside.ssda903.rules.Row;
import org.placementledger.events.ReturnRowsRecorded;
import org.placementledger.events.ssda903.CsvReader;
import org.placementledger.events.ssda903.ReturnFile;
import org.placementledger.commandside.domain.RecordHistory;
import org.placementledger.commandside.domain.RecordLimits;
import org.placementledger.commandside.domain.RetractEvent;
import org.placementledger.commandside.domain.StartCare;
import org.placementledger.commandside.domain.StepRefused;
import org.placementledger.events.CareCeased;
import org.placementledger.events.CareFact;
import org.placementledger.events.CareStarted;
import org.placementledger.events.ChildDetailsRecorded;
import org.placementledger.events.ChildEvent;
import org.placementledger.events.HomePostcodeChanged;
import org.placementledger.events.LegalStatusChanged;
import org.placementledger.events.Money;
import org.placementledger.events.Placement;
import org.placementledger.events.PlacementChanged;
import org.placementledger.events.PlacementCostChanged;
import org.placementledger.events.Postcode;
import org.placementledger.events.codes.LegalStatus;
import org.placementledger.events.codes.ReasonNewEpisode;
import org.placementledger.events.codes.ReasonPlaceChange;
import org.placementledger.events.codes.ReportingYear;
import org.placementledger.events.history.CareState;
import org.placementledger.events.history.CareStates;
import org.placementledger.events.history.EffectiveHistory;
import org.placementledger.events.history.InCare;
import org.placementledger.events.history.NeverInCare;
import org.placementledger.events.history.StoredFact;
import org.placementledger.events.ssda903.Dates903;
import org.placementledger.events.ssda903.HeaderRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns one child's checked return into what must be recorded, given what the child's record already says.
 * The return is read into the facts it implies; a fact the record already holds, on the same day, is left
 * alone; one that differs becomes a correction of it; a fact of the record within the return's span that
 * the return no longer holds is corrected into the return's (same kind) or retracted; the rest are new.
 * So the same return twice records nothing, and the next year's return, which repeats the episodes still
 * open, adds only what is new. The steps are tried on the record here, exactly as the child's aggregate will
 * decide them, so a refusal is reported with the file and line it comes from.
 * <p>
 * Longer than 300 lines because reading the facts a return implies, comparing them with the record and trying
 * the steps are one plan of one child; each part is a section of its own below.
 */
public final class ImportPlanner {

    private final ImportFiles files;
    private final ReportingYear year;
    private final LocalDate today;
    private final RecordLimits limits;

    public ImportPlanner(ImportFiles files, ReportingYear year, LocalDate today, RecordLimits limits) {
        this.files = files;
        this.year = year;
        this.today = today;
        this.limits = limits;
    }

    /** A fact the return implies, where it comes from, and whether its reason for a move is the return's to say. */
    private record Wanted(CareFact fact, ChildPlan.Source source, boolean reasonKnown) {
    }

    public ChildPlan plan(CheckedChild checked, List<CostRow> costs, EffectiveHistory existing) {
        String child = checked.child();
        List<Problem> problems = new ArrayList<>(checked.problems());
        if (!checked.accepted() || checked.episodes().isEmpty()) return rejected(child, problems);
        List<Wanted> wanted = wantedFacts(checked, existing, problems);
        List<ChildPlan.Step> steps = new ArrayList<>();
        difference(checked, wanted, existing, steps);
        if (costs.isEmpty()) {
            // Without costs nothing needs the placement ids the episodes' steps give: one trial of every step.
            detailsStep(checked, existing, steps);
        keptRowsSteps(checked, existing, steps);
            List<ChildEvent> events = tryOut(child, steps, existing, problems);
            if (events == null) return rejected(child, problems);
            return new ChildPlan(child, List.copyOf(steps), List.copyOf(problems), List.copyOf(events),
                    existing.lastSequence());
        }
        List<ChildEvent> events = tryOut(child, steps, existing, problems);
        if (events == null) return rejected(child, problems);
        int before = steps.size();
        EffectiveHistory trial = applied(existing, events);
        for (CostRow cost : costs) costStep(child, cost, trial, steps, problems);
        if (problems.stream().anyMatch(Problem::isError)) return rejected(child, problems);
        detailsStep(checked, existing, steps);
        keptRowsSteps(checked, existing, steps);
        if (steps.size() > before) {
            events = tryOut(child, steps, existing, problems);
            if (events == null) return rejected(child, problems);
        }
        return new ChildPlan(child, List.copyOf(steps), List.copyOf(problems), List.copyOf(events),
                existing.lastSequence());
    }

    private static EffectiveHistory applied(EffectiveHistory existing, List<ChildEvent> events) {
        EffectiveHistory trial = existing;
        for (int i = 0; i < events.size(); i++) trial = trial.with("planned-" + i, trial.lastSequence() + 1, events.get(i));
        return trial;
    }

    /**
     * A rejected child with every one of its rows in the report: the rows that broke no rule themselves are
     * named too, with the first error that kept the child out, so no row is left out without a reason.
     */
    public ChildPlan accountingForEveryRow(ChildPlan plan, List<org.placementledger.events.ssda903.EpisodeRow> rows, List<CostRow> costs) {
        if (plan.accepted()) return plan;
        Problem first = plan.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
        Set<String> named = new HashSet<>();
        for (Problem p : plan.problems()) if (p.isError()) named.add(p.file() + ":" + p.line());
        List<Problem> all = new ArrayList<>(plan.problems());
        String why = "not applied: the child's return breaks rule " + first.rule() + " (" + first.file() + " line " + first.line()
                + "), and a child is taken whole or not at all";
        for (var row : rows) {
            if (!named.contains(files.episodes() + ":" + row.line())) {
                all.add(Problem.error(files.episodes(), row.line(), plan.child(), "CHILD_NOT_APPLIED", why));
            }
        }
        for (CostRow row : costs) {
            if (!named.contains(files.costs() + ":" + row.line())) {
                all.add(Problem.error(files.costs(), row.line(), plan.child(), "CHILD_NOT_APPLIED", why));
            }
        }
        return new ChildPlan(plan.child(), plan.steps(), List.copyOf(all), plan.events(), plan.lastSequence());
    }

    /**
     * A child with no episode in the return but rows in its other files (a care leaver in OC3, a decision about
     * adoption): when the ledger holds the child, the rows are kept as for any child, and the header's details too;
     * a child the ledger has never held has no record to keep them in, which the report says.
     */
    public ChildPlan planWithoutEpisodes(CheckedChild checked, EffectiveHistory existing) {
        String child = checked.child();
        List<Problem> problems = new ArrayList<>(checked.problems());
        if (!checked.accepted()) return rejected(child, problems);
        boolean anyRows = checked.keptAsWritten().values().stream().anyMatch(rows -> !rows.isEmpty());
        if (existing.lastSequence() < 0) {
            if (anyRows) {
                var first = checked.keptAsWritten().entrySet().stream().filter(e -> !e.getValue().isEmpty()).findFirst().orElseThrow();
                problems.add(Problem.warning(files.nameOf(first.getKey()), first.getValue().get(0).line(), child, "NOT_KEPT_WITHOUT_RECORD",
                        "child " + child + " has no episode in this return and none in the ledger: its rows are checked, and not kept"));
            }
            return new ChildPlan(child, List.of(), List.copyOf(problems), List.of(), existing.lastSequence());
        }
        List<ChildPlan.Step> steps = new ArrayList<>();
        detailsStep(checked, existing, steps);
        keptRowsSteps(checked, existing, steps);
        List<ChildEvent> events = tryOut(child, steps, existing, problems);
        if (events == null) return rejected(child, problems);
        return new ChildPlan(child, List.copyOf(steps), List.copyOf(problems), List.copyOf(events), existing.lastSequence());
    }

    private static ChildPlan rejected(String child, List<Problem> problems) {
        return new ChildPlan(child, List.of(), List.copyOf(problems), List.of(), -1);
    }

    // ---- the facts the return implies ----

    private List<Wanted> wantedFacts(CheckedChild checked, EffectiveHistory existing, List<Problem> problems) {
        String child = checked.child();
        List<Wanted> out = new ArrayList<>();
        Episode prev = null;
        for (Episode e : checked.episodes()) {
            ChildPlan.Source source = new ChildPlan.Source(files.episodes(), e.line());
            if (e.rne() == ReasonNewEpisode.S) {
                out.add(new Wanted(start(checked, e, null), source, true));
            } else if (prev != null) {
                continuation(child, e, prev.legalStatus(), prev.homePostcode(), prev.reasonPlaceChange(), true, source, out);
            } else if (factsOn(existing, CareStarted.class, e.start())) {
                // Held from an earlier return as the first known episode of its period.
                out.add(new Wanted(start(checked, e, e.rne()), source, true));
            } else if (stateBefore(existing, e.start()) instanceof InCare inCare) {
                continuation(child, e, inCare.legalStatus(), inCare.child().homePostcode(), null, false, source, out);
            } else {
                out.add(new Wanted(start(checked, e, e.rne()), source, true));
                problems.add(Problem.warning(files.episodes(), e.line(), child, "357", "the first episode known of this child has RNE "
                        + e.rne().code() + ", not S: the period of care began before these records, and is held from " + e.row().decom()));
            }
            if (e.end() != null && !e.continuesCare()) {
                out.add(new Wanted(new CareCeased(child, e.end(), e.ceased()), source, true));
            }
            prev = e;
        }
        return out;
    }

    private static CareStarted start(CheckedChild checked, Episode e, ReasonNewEpisode opening) {
        return new CareStarted(checked.child(), e.start(), checked.dateOfBirth(), checked.sex(), e.homePostcode(), e.legalStatus(),
                e.categoryOfNeed(), placement(e), opening == ReasonNewEpisode.S ? null : opening);
    }

    private static Placement placement(Episode e) {
        return new Placement("", e.place(), e.provider(), e.urn(), e.placementPostcode(), null, false);
    }

    private static void continuation(String child, Episode e, LegalStatus previousStatus, Postcode previousHome,
                                     ReasonPlaceChange reason, boolean reasonKnown,
                                     ChildPlan.Source source, List<Wanted> out) {
        if (e.rne().changesPlacement()) {
            out.add(new Wanted(new PlacementChanged(child, e.start(), placement(e), reason, e.rne().changesCarer()), source, reasonKnown));
        }
        if (e.rne().changesLegalStatus() || (previousStatus != null && previousStatus != e.legalStatus())) {
            out.add(new Wanted(new LegalStatusChanged(child, e.start(), e.legalStatus()), source, true));
        }
        if (e.homePostcode() != null && !e.homePostcode().equals(previousHome)) {
            out.add(new Wanted(new HomePostcodeChanged(child, e.start(), e.homePostcode()), source, true));
        }
    }

    private static boolean factsOn(EffectiveHistory history, Class<? extends CareFact> type, LocalDate date) {
        return history.inEffectiveOrder().stream().anyMatch(f -> type.isInstance(f.fact()) && f.fact().effectiveDate().equals(date));
    }

    private static CareState stateBefore(EffectiveHistory history, LocalDate date) {
        CareState state = new NeverInCare();
        for (StoredFact f : history.inEffectiveOrder()) {
            if (!f.fact().effectiveDate().isBefore(date)) break;
            state = CareStates.evolve(state, f.fact());
        }
        return state;
    }

    // ---- the difference with the record ----

    private void difference(CheckedChild checked, List<Wanted> wanted, EffectiveHistory existing,
                            List<ChildPlan.Step> steps) {
        LocalDate from = checked.episodes().get(0).start();
        Set<LocalDate> episodeStarts = new HashSet<>();
        Set<LocalDate> episodeEnds = new HashSet<>();
        for (Episode e : checked.episodes()) {
            episodeStarts.add(e.start());
            if (e.end() != null) episodeEnds.add(e.end());
        }
        List<StoredFact> span = new ArrayList<>();
        for (StoredFact f : existing.inEffectiveOrder()) {
            LocalDate d = f.fact().effectiveDate();
            if (d.isBefore(from) || d.isAfter(year.lastDay())) continue;
            CareFact fact = f.fact();
            // A period of care that ended on the day the return's first episode begins (care ceased and begun again that
            // day) is the earlier years' to say: the return holds only the new period, so the end is not taken back.
            if (fact instanceof CareCeased && d.equals(from) && !episodeEnds.contains(d)) continue;
            boolean episodeFact = fact instanceof CareStarted || fact instanceof PlacementChanged || fact instanceof LegalStatusChanged
                    || fact instanceof CareCeased;
            // A home postcode change between episodes is not the 903's to say, so only one on an episode's first day is compared.
            if (episodeFact || (fact instanceof HomePostcodeChanged && episodeStarts.contains(d))) span.add(f);
        }
        List<StoredFact> unmatched = new ArrayList<>(span);
        List<Wanted> added = new ArrayList<>();
        List<ChildPlan.Step> corrections = new ArrayList<>();
        for (Wanted w : wanted) {
            StoredFact match = unmatched.stream().filter(f -> f.fact().getClass() == w.fact().getClass()
                    && f.fact().effectiveDate().equals(w.fact().effectiveDate())).findFirst().orElse(null);
            if (match == null) {
                added.add(w);
                continue;
            }
            unmatched.remove(match);
            if (!same(match.fact(), w)) {
                corrections.add(new ChildPlan.Step(new CorrectEvent(checked.child(), match.eventId(), corrected(match.fact(), w), reason()),
                        w.source()));
            }
        }
        List<ChildPlan.Step> retractions = new ArrayList<>();
        ChildPlan.Source firstRow = new ChildPlan.Source(files.episodes(), checked.episodes().get(0).line());
        for (StoredFact gone : unmatched) {
            Wanted instead = added.stream().filter(w -> w.fact().getClass() == gone.fact().getClass()).findFirst().orElse(null);
            if (instead != null) {
                added.remove(instead);
                corrections.add(new ChildPlan.Step(new CorrectEvent(checked.child(), gone.eventId(), corrected(gone.fact(), instead), reason()),
                        instead.source()));
            } else {
                retractions.add(0, new ChildPlan.Step(new RetractEvent(checked.child(), gone.eventId(), "not in the 903 return for " + year
                        + " (imported " + files.episodes() + ")"), firstRow));
            }
        }
        steps.addAll(retractions);
        steps.addAll(corrections);
        for (Wanted w : added) steps.add(new ChildPlan.Step(command(w.fact()), w.source()));
    }

    private String reason() {
        return "the 903 return for " + year + " (" + files.episodes() + ") says otherwise";
    }

    private static boolean same(CareFact held, Wanted wanted) {
        CareFact w = wanted.fact();
        if (held instanceof CareStarted a && w instanceof CareStarted b) {
            return Objects.equals(a.dateOfBirth(), b.dateOfBirth()) && a.sex() == b.sex() && Objects.equals(a.homePostcode(), b.homePostcode())
                    && a.legalStatus() == b.legalStatus() && a.categoryOfNeed() == b.categoryOfNeed()
                    && a.placement().samePlaceAs(b.placement()) && a.reasonNewEpisode() == b.reasonNewEpisode();
        }
        if (held instanceof PlacementChanged a && w instanceof PlacementChanged b) {
            return a.placement().samePlaceAs(b.placement()) && a.carerChanged() == b.carerChanged()
                    && (!wanted.reasonKnown() || a.reason() == b.reason());
        }
        if (held instanceof LegalStatusChanged a && w instanceof LegalStatusChanged b) return a.legalStatus() == b.legalStatus();
        if (held instanceof HomePostcodeChanged a && w instanceof HomePostcodeChanged b) return Objects.equals(a.homePostcode(), b.homePostcode());
        if (held instanceof CareCeased a && w instanceof CareCeased b) return a.reason() == b.reason();
        return false;
    }

    /** The return's fact in place of the held one: a placement keeps its id and cost, which the 903 does not carry. */
    private static CareFact corrected(CareFact held, Wanted wanted) {
        CareFact w = wanted.fact();
        if (w instanceof CareStarted s && held instanceof CareStarted h) {
            return new CareStarted(s.childId(), s.effectiveDate(), s.dateOfBirth(), s.sex(), s.homePostcode(), s.legalStatus(),
                    s.categoryOfNeed(), keep(h.placement(), s.placement()), s.openingEpisode());
        }
        if (w instanceof PlacementChanged m && held instanceof PlacementChanged h) {
            return new PlacementChanged(m.childId(), m.effectiveDate(), keep(h.placement(), m.placement()),
                    wanted.reasonKnown() ? m.reason() : h.reason(), m.carerChanged());
        }
        return w;
    }

    private static Placement keep(Placement held, Placement wanted) {
        return new Placement(held.id(), wanted.type(), wanted.provider(), wanted.urn(), wanted.postcode(), held.weeklyCost(),
                held.parentAndChild());
    }

    private static ChildCommand command(CareFact fact) {
        if (fact instanceof CareStarted s) {
            return new StartCare(s.childId(), s.effectiveDate(), s.dateOfBirth(), s.sex(), s.homePostcode(), s.legalStatus(),
                    s.categoryOfNeed(), newPlacement(s.placement()), s.openingEpisode());
        }
        if (fact instanceof PlacementChanged m) {
            return new ChangePlacement(m.childId(), m.effectiveDate(), newPlacement(m.placement()), m.reason(), m.carerChanged());
        }
        if (fact instanceof LegalStatusChanged l) return new ChangeLegalStatus(l.childId(), l.effectiveDate(), l.legalStatus());
        if (fact instanceof HomePostcodeChanged h) return new ChangeHomePostcode(h.childId(), h.effectiveDate(), h.homePostcode());
        if (fact instanceof CareCeased c) return new CeaseCare(c.childId(), c.effectiveDate(), c.reason());
        throw new IllegalArgumentException("a 903 return does not imply a " + fact.getClass().getSimpleName());
    }

    private static NewPlacement newPlacement(Placement p) {
        return new NewPlacement(null, p.type(), p.provider(), p.urn(), p.postcode(), p.weeklyCost(), p.parentAndChild());
    }

    // ---- trying the steps on the record ----

    /** The events the steps decide to, or null (and the refusal reported where it arose) when a rule refuses one. */
    private List<ChildEvent> tryOut(String child, List<ChildPlan.Step> steps, EffectiveHistory existing,
                                    List<Problem> problems) {
        if (steps.isEmpty()) return List.of();
        try {
            return ChildDecisions.decideAll(new RecordHistory(child, ChildPlan.commandsOf(steps), true), existing, today, limits);
        } catch (StepRefused refused) {
            ChildPlan.Source at = steps.get(refused.step()).source();
            problems.add(Problem.error(at.file(), at.line(), child, refused.rule().name(), refused.reason()));
            return null;
        }
    }

    // ---- costs and the header's details ----

    private void costStep(String child, CostRow row, EffectiveHistory record, List<ChildPlan.Step> steps, List<Problem> problems) {
        String f = files.costs();
        Money cost;
        LocalDate start;
        LocalDate from;
        try {
            cost = Money.of(row.weeklyCost());
        } catch (RuntimeException e) {
            problems.add(Problem.error(f, row.line(), child, "COST_NOT_READABLE", "WEEKLY_COST '" + row.weeklyCost() + "' is not an amount in pounds"));
            return;
        }
        try {
            start = Dates903.parse(row.placementStart());
            from = Dates903.parse(row.from());
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error(f, row.line(), child, "COST_NOT_READABLE", e.getMessage()));
            return;
        }
        if (start == null && row.urn().isBlank()) {
            problems.add(Problem.error(f, row.line(), child, "COST_PLACEMENT_NOT_NAMED", "name the placement by PLACEMENT_START or URN"));
            return;
        }
        StoredFact placed = null;
        for (StoredFact fact : record.inEffectiveOrder()) {
            Placement p = fact.fact() instanceof CareStarted s ? s.placement() : fact.fact() instanceof PlacementChanged m ? m.placement() : null;
            if (p == null) continue;
            LocalDate d = fact.fact().effectiveDate();
            boolean named = start != null ? d.equals(start) : row.urn().equals(p.urn()) && (from == null || !d.isAfter(from));
            if (named) placed = fact;
        }
        if (placed == null) {
            problems.add(Problem.error(f, row.line(), child, "COST_PLACEMENT_NOT_FOUND", "no placement of child " + child
                    + (start != null ? " began on " + row.placementStart() : " with URN " + row.urn() + (from == null ? "" : " in place on " + row.from()))));
            return;
        }
        Placement placement = placed.fact() instanceof CareStarted s ? s.placement() : ((PlacementChanged) placed.fact()).placement();
        LocalDate effective = from == null ? placed.fact().effectiveDate() : from;
        ChildPlan.Source source = new ChildPlan.Source(f, row.line());
        for (StoredFact fact : record.inEffectiveOrder()) {
            if (fact.fact() instanceof PlacementCostChanged held && held.placementId().equals(placement.id())
                    && held.effectiveDate().equals(effective)) {
                if (!held.weeklyCost().equals(cost)) {
                    steps.add(new ChildPlan.Step(new CorrectEvent(child, fact.eventId(), new PlacementCostChanged(child, effective, placement.id(), cost),
                            "the placement costs file " + f + " says otherwise"), source));
                }
                return;
            }
        }
        if (effective.equals(placed.fact().effectiveDate()) && cost.equals(placement.weeklyCost())) return;
        steps.add(new ChildPlan.Step(new ChangePlacementCost(child, placement.id(), effective, cost), source));
    }

    private void detailsStep(CheckedChild checked, EffectiveHistory existing, List<ChildPlan.Step> steps) {
        HeaderRow h = checked.header();
        if (h == null) return;
        LocalDate on = year.lastDay().isAfter(today) ? today : year.lastDay();
        ChildDetailsRecorded wanted = new ChildDetailsRecorded(checked.child(), on, blankAsNull(h.ethnic()), blankAsNull(h.upn()),
                blankAsNull(h.mother()), blankAsNull(h.mcDob()));
        StoredFact latest = existing.inEffectiveOrder().stream()
                .filter(f -> f.fact() instanceof ChildDetailsRecorded && !f.fact().effectiveDate().isAfter(on))
                .max(Comparator.comparing((StoredFact f) -> f.fact().effectiveDate()).thenComparingLong(StoredFact::sequence)).orElse(null);
        ChildPlan.Source source = new ChildPlan.Source(files.header(), h.line());
        if (latest == null) {
            if (wanted.ethnicity() == null && wanted.upn() == null && wanted.mother() == null && wanted.motherChildDateOfBirth() == null) return;
        } else {
            ChildDetailsRecorded held = (ChildDetailsRecorded) latest.fact();
            if (held.sameDetailsAs(wanted)) return;
            if (held.effectiveDate().equals(on)) {
                steps.add(new ChildPlan.Step(new CorrectEvent(checked.child(), latest.eventId(), wanted, "the 903 header for " + year + " says otherwise"), source));
                return;
            }
        }
        steps.add(new ChildPlan.Step(new RecordChildDetails(checked.child(), on, wanted.ethnicity(), wanted.upn(), wanted.mother(), wanted.motherChildDateOfBirth()), source));
    }

    /**
     * The child's rows of each other file the import was given, kept as written: recorded when they differ from what
     * the record last held for that file in the year (none held and none given: nothing to record).
     */
    private void keptRowsSteps(CheckedChild checked, EffectiveHistory existing, List<ChildPlan.Step> steps) {
        LocalDate on = year.lastDay().isAfter(today) ? today : year.lastDay();
        for (Map.Entry<ReturnFile, List<Row>> kept : checked.keptAsWritten().entrySet()) {
            ReturnFile file = kept.getKey();
            StringBuilder text = new StringBuilder();
            for (Row row : kept.getValue()) {
                List<String> fields = new ArrayList<>();
                for (String column : file.columns()) {
                    if (!column.equals("CHILD") && !column.equals("DOB")) fields.add(row.raw(column));
                }
                text.append(CsvReader.line(fields));
            }
            ReturnRowsRecorded held = null;
            for (StoredFact f : existing.inEffectiveOrder()) {
                if (f.fact() instanceof ReturnRowsRecorded r && r.file().equals(file.dfeName()) && !r.effectiveDate().isBefore(year.firstDay())
                        && !r.effectiveDate().isAfter(year.lastDay())) {
                    held = r;
                }
            }
            String rows = text.toString();
            if (held == null ? rows.isEmpty() : held.rows().equals(rows)) continue;
            long line = kept.getValue().isEmpty() ? (checked.header() == null ? 0 : checked.header().line()) : kept.getValue().get(0).line();
            steps.add(new ChildPlan.Step(new RecordReturnRows(checked.child(), on, file.dfeName(), rows),
                    new ChildPlan.Source(kept.getValue().isEmpty() ? files.header() : files.nameOf(file), line)));
        }
    }

    private static String blankAsNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
