package org.placementledger.commandside.eventstore;

import java.time.LocalDate;

/** The payload the store's scenarios append: a child placed somewhere from a date, as the ledger records it. */
record PlacementRecorded(String childId, LocalDate startDate, String placementType, String providerType) {
}
