package org.placementledger.commandside.imports;

import java.nio.file.Path;

/**
 * How imports run.
 *
 * @param workFolder where a return is split by child while it is imported; emptied after each import
 * @param workers    batches of children planned and written at once
 * @param buckets    how many parts a return is split into by child; one part at a time is held in memory
 * @param maxRows    the most rows a file of a return may have: a bigger one is refused at the row after the limit
 */
public record ImportSettings(Path workFolder, int workers, int buckets, long maxRows) {

    public ImportSettings {
        if (workers < 1) throw new IllegalArgumentException("placement-ledger.import.workers must be 1 or more, not " + workers);
        if (buckets < 1) throw new IllegalArgumentException("placement-ledger.import.buckets must be 1 or more, not " + buckets);
        if (maxRows < 1) throw new IllegalArgumentException("placement-ledger.import.max-rows must be 1 or more, not " + maxRows);
    }
}
