package org.placementledger.events.ssda903;

import java.util.List;

/**
 * One row of the 903 episodes file, as written: every field is kept as text so that a row can be reported
 * exactly as the council sent it and written back unchanged. {@code line} is where it was read (0 when made).
 */
public record EpisodeRow(
        long line,
        String child,
        String decom,
        String rne,
        String ls,
        String cin,
        String place,
        String placeProvider,
        String dec,
        String rec,
        String reasonPlaceChange,
        String homePost,
        String plPost,
        String urn) {

    public static final List<String> COLUMNS = List.of("CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER",
            "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN");

    public static EpisodeRow read(Columns columns, CsvReader.Record record) {
        return new EpisodeRow(record.line(), columns.get(record, "CHILD"), columns.get(record, "DECOM"),
                columns.get(record, "RNE"), columns.get(record, "LS"), columns.get(record, "CIN"),
                columns.get(record, "PLACE"), columns.get(record, "PLACE_PROVIDER"), columns.get(record, "DEC"),
                columns.get(record, "REC"), columns.get(record, "REASON_PLACE_CHANGE"), columns.get(record, "HOME_POST"),
                columns.get(record, "PL_POST"), columns.get(record, "URN"));
    }

    /** The fields in DfE's column order. */
    public List<String> fields() {
        return List.of(child, decom, rne, ls, cin, place, placeProvider, dec, rec, reasonPlaceChange, homePost, plPost, urn);
    }

    /** The same row without where it was read, to compare rows by content. */
    public EpisodeRow content() {
        return new EpisodeRow(0, child, decom, rne, ls, cin, place, placeProvider, dec, rec, reasonPlaceChange, homePost, plPost, urn);
    }
}
