package org.placementledger.events.ssda903;

import java.util.List;

/** One row of the 903 header file, as written. */
public record HeaderRow(
        long line,
        String child,
        String sex,
        String dob,
        String ethnic,
        String upn,
        String mother,
        String mcDob) {

    public static final List<String> COLUMNS = List.of("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB");
    public static final List<String> REQUIRED = List.of("CHILD", "SEX", "DOB");

    public static HeaderRow read(Columns columns, CsvReader.Record record) {
        return new HeaderRow(record.line(), columns.get(record, "CHILD"), columns.get(record, "SEX"), columns.get(record, "DOB"),
                columns.get(record, "ETHNIC"), columns.get(record, "UPN"), columns.get(record, "MOTHER"), columns.get(record, "MC_DOB"));
    }

    public List<String> fields() {
        return List.of(child, sex, dob, ethnic, upn, mother, mcDob);
    }

    public HeaderRow content() {
        return new HeaderRow(0, child, sex, dob, ethnic, upn, mother, mcDob);
    }
}
