package org.placementledger.commandside.ssda903;

import org.placementledger.events.ssda903.Columns;
import org.placementledger.events.ssda903.CsvReader;

import java.util.List;

/**
 * One row of the placement costs file, which the 903 does not hold, so the ledger defines it:
 * {@code CHILD,PLACEMENT_START,URN,WEEKLY_COST,FROM}. The placement is named by the day it began (its
 * episode's DECOM) or, failing that, by its URN (the placement with that URN in place on FROM).
 * WEEKLY_COST is pounds a week; FROM, when blank, is the day the placement began.
 */
public record CostRow(long line, String child, String placementStart, String urn, String weeklyCost, String from) {

    public static final List<String> COLUMNS = List.of("CHILD", "PLACEMENT_START", "URN", "WEEKLY_COST", "FROM");
    public static final List<String> REQUIRED = List.of("CHILD", "WEEKLY_COST");

    public static CostRow read(Columns columns, CsvReader.Record record) {
        return new CostRow(record.line(), columns.get(record, "CHILD"), columns.get(record, "PLACEMENT_START"),
                columns.get(record, "URN"), columns.get(record, "WEEKLY_COST"), columns.get(record, "FROM"));
    }
}
