package org.placementledger.events.codes;

import java.time.LocalDate;
import java.util.Set;

/** A code from the SSDA903 vocabulary: the code as DfE writes it, a readable name, and its years. */
public interface Code903 {

    String code();

    String label();

    Validity validity();

    /**
     * The code a return of the collection year writes for this value. The ledger keeps today's code for a value
     * whose code DfE changed (SEX 2 became F); a return of a year before the change is written with that year's.
     */
    default String codeIn(ReportingYear year) {
        return code();
    }

    /** Codes of other years that mean this value, accepted when read (SEX 2 for F). */
    default Set<String> otherCodes() {
        return Set.of();
    }

    default boolean validOn(LocalDate effectiveDate) {
        return validity().includes(ReportingYear.containing(effectiveDate));
    }
}
