package org.placementledger.queryside.exports;

import org.placementledger.events.CareFact;
import org.placementledger.events.RecordedEvent;
import org.placementledger.events.codes.ReportingYear;
import org.placementledger.events.history.EffectiveHistory;
import org.placementledger.events.history.StoredFact;
import org.placementledger.events.history.UnknownEventException;
import org.placementledger.events.ssda903.EpisodeRow;
import org.placementledger.events.ssda903.HeaderRow;
import org.placementledger.events.ssda903.ReturnFile;
import org.placementledger.events.ssda903.ReturnOf;
import org.placementledger.measures.geography.Geography;
import org.placementledger.events.Postcode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The 903 return of a collection year written from the events, as the record stood at an instant: each
 * child's events recorded by then, corrections and retractions applied, laid out as episodes (see
 * {@link ReturnOf}), with PL_DISTANCE derived from the two postcodes as DfE derives it.
 */
public final class Ssda903Export {

    public static final List<String> EPISODE_COLUMNS;

    static {
        List<String> columns = new ArrayList<>(EpisodeRow.COLUMNS);
        columns.add("PL_DISTANCE");
        EPISODE_COLUMNS = List.copyOf(columns);
    }

    /**
     * One return: episodes rows (with their distance) and header rows, in child order, and the rows of the return's
     * other files the ledger holds for the year (AD1, OC2, ...), by file, in child order.
     */
    public record Return(List<List<String>> episodes, List<List<String>> header, Map<ReturnFile, List<List<String>>> others) {

        public Return(List<List<String>> episodes, List<List<String>> header) {
            this(episodes, header, Map.of());
        }

        public List<List<String>> rowsOf(ReturnFile file) {
            return others.getOrDefault(file, List.of());
        }
    }

    private final EventArchive archive;
    private final Geography geography;

    public Ssda903Export(EventArchive archive, Geography geography) {
        this.archive = archive;
        this.geography = geography;
    }

    public Return of(ReportingYear year, Instant asKnownAt) {
        Map<String, EffectiveHistory> children = new TreeMap<>();
        archive.forEach(recorded -> {
            if (recorded.recordedAt().isAfter(asKnownAt)) return;
            EffectiveHistory before = children.getOrDefault(recorded.childId(), EffectiveHistory.empty());
            try {
                children.put(recorded.childId(), before.with(recorded.eventId(), recorded.sequence(), recorded.event()));
            } catch (UnknownEventException e) {
                // cannot happen for a stream the aggregate wrote; a correction naming nothing changes nothing
            }
        });
        List<List<String>> episodes = new ArrayList<>();
        List<List<String>> header = new ArrayList<>();
        Map<ReturnFile, List<List<String>>> others = new java.util.EnumMap<>(ReturnFile.class);
        children.forEach((child, history) -> {
            List<CareFact> facts = history.inEffectiveOrder().stream().map(StoredFact::fact).toList();
            List<EpisodeRow> rows = ReturnOf.episodes(child, facts, year);
            Map<String, List<List<String>>> kept = ReturnOf.otherFiles(child, facts, year);
            // A child with no episode in the year is in the return only for rows of its other files (a care leaver in OC3).
            if (rows.isEmpty() && kept.isEmpty()) return;
            for (EpisodeRow row : rows) {
                List<String> fields = new ArrayList<>(row.fields());
                fields.add(distance(row));
                episodes.add(fields);
            }
            ReturnOf.header(child, facts, year).map(HeaderRow::fields).ifPresent(header::add);
            kept.forEach((file, fileRows) -> ReturnFile.byDfeName(file)
                    .ifPresent(f -> others.computeIfAbsent(f, k -> new ArrayList<>()).addAll(fileRows)));
        });
        return new Return(episodes, header, others);
    }

    private String distance(EpisodeRow row) {
        if (row.homePost().isBlank() || row.plPost().isBlank()) return "";
        var home = geography.locate(Postcode.of(row.homePost()));
        var placed = geography.locate(Postcode.of(row.plPost()));
        if (home.isEmpty() || placed.isEmpty()) return "";
        return home.get().milesTo(placed.get()).toPlainString();
    }
}
