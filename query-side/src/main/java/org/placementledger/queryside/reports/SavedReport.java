package org.placementledger.queryside.reports;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A report saved by name: what it was asked for (as at, as known at, the flows' period) and a fingerprint of
 * its figures, so that anyone can later prove the figures it gave are still what the record gives.
 *
 * @param fingerprint SHA-256 of the report's JSON, hex
 * @param figures     the report's JSON as it was saved
 */
public record SavedReport(String name, LocalDate asAt, Instant asKnownAt, LocalDate from, LocalDate to, String fingerprint,
                          Instant savedAt, String savedBy, String figures) {
}
