package org.placementledger.commandside.ssda903.rules;

import org.placementledger.events.ssda903.ReturnFile;

import org.placementledger.events.codes.ReportingYear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One child's rows of every file of one year's return, as the DfE rules read them.
 *
 * @param supplied the files the import was given: DfE does not apply a rule to a file that was not sent (a
 *                 return without the missing file is not refused for want of missing episodes)
 * @param previous the child's return of the year before as the ledger holds it, for the rules that compare a
 *                 return with last year's; null when the ledger holds nothing of the child before this year
 */
public record ChildReturn(String child, ReportingYear year, Set<ReturnFile> supplied, Map<ReturnFile, List<Row>> rows,
                          ChildReturn previous) {

    private static final Comparator<Row> BY_DECOM = Comparator
            .comparing((Row r) -> r.date("DECOM"), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(Row::line);

    public ChildReturn {
        Map<ReturnFile, List<Row>> copy = new EnumMap<>(ReturnFile.class);
        rows.forEach((file, list) -> copy.put(file, file == ReturnFile.EPISODES ? sortedByStart(list) : List.copyOf(list)));
        rows = copy;
        supplied = Set.copyOf(supplied);
    }

    private static List<Row> sortedByStart(List<Row> episodes) {
        List<Row> sorted = new ArrayList<>(episodes);
        sorted.sort(BY_DECOM);
        return List.copyOf(sorted);
    }

    public List<Row> rows(ReturnFile file) {
        return rows.getOrDefault(file, List.of());
    }

    /** The episodes in the order they began (by DECOM, then by line; those whose DECOM does not read last). */
    public List<Row> episodes() {
        return rows(ReturnFile.EPISODES);
    }

    public Optional<Row> header() {
        List<Row> h = rows(ReturnFile.HEADER);
        return h.isEmpty() ? Optional.empty() : Optional.of(h.get(0));
    }

    /** The child's date of birth as the header gives it, or null. */
    public LocalDate dateOfBirth() {
        return header().map(h -> h.date("DOB")).orElse(null);
    }

    public Optional<Row> uasc() {
        List<Row> u = rows(ReturnFile.UASC);
        return u.isEmpty() ? Optional.empty() : Optional.of(u.get(0));
    }

    /**
     * The child's rows of a file in last year's return, as the ledger holds it: null when the ledger holds no return of
     * last year for the child, or one without that file (a rule comparing with last year then has nothing to compare).
     */
    public List<Row> lastYears(ReturnFile file) {
        return previous == null || !previous.supplies(file) ? null : previous.rows(file);
    }

    public boolean supplies(ReturnFile file) {
        return supplied.contains(file);
    }

    /** 1 April of the collection year. */
    public LocalDate collectionStart() {
        return year.firstDay();
    }

    /** 31 March that ends the collection year. */
    public LocalDate collectionEnd() {
        return year.lastDay();
    }

    /** An episode's end for rules that measure time in care: its DEC, or the year's last day while it is open. */
    public LocalDate endOrYearEnd(Row episode) {
        LocalDate dec = episode.date("DEC");
        return dec == null ? collectionEnd() : dec;
    }
}
