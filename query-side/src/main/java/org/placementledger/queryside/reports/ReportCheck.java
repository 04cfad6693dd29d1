package org.placementledger.queryside.reports;

import java.util.List;

/**
 * A saved report run again: whether its figures as known at the saved instant are unchanged (they must be,
 * unless the record was tampered with), and what would differ as known now.
 *
 * @param unchanged       the figures as known at the saved instant have the saved fingerprint
 * @param differencesThen where they differ from the saved figures, if they do
 * @param differencesNow  where the figures as known now differ from the saved ones (later corrections, late records)
 */
public record ReportCheck(String name, String savedFingerprint, String fingerprintAsKnownThen, boolean unchanged,
                          List<Difference> differencesThen, String fingerprintAsKnownNow, List<Difference> differencesNow) {

    /** One figure that differs, by its JSON path; null where the figure is absent on one side. */
    public record Difference(String path, String saved, String rerun) {
    }
}
