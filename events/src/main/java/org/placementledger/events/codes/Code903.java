package org.placementledger.events.codes;

import java.time.LocalDate;

/** A code from the SSDA903 vocabulary: the code as DfE writes it, a readable name, and its years. */
public interface Code903 {

    String code();

    String label();

    Validity validity();

    default boolean validOn(LocalDate effectiveDate) {
        return validity().includes(ReportingYear.containing(effectiveDate));
    }
}
