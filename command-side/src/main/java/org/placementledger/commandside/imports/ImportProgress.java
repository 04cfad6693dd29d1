package org.placementledger.commandside.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Counts of one import as it runs, read by the progress reports while workers add to them. */
final class ImportProgress {

    final AtomicLong rowsTotal = new AtomicLong();
    final AtomicLong rowsDone = new AtomicLong();
    final AtomicLong childrenDone = new AtomicLong();
    final AtomicLong childrenRecorded = new AtomicLong();
    final AtomicLong childrenUnchanged = new AtomicLong();
    final AtomicLong childrenRejected = new AtomicLong();
    final AtomicLong events = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    final AtomicLong warnings = new AtomicLong();
    volatile Instant applyingFrom;

    /** Episode rows a second since the rows began to be applied. */
    double rate(Instant now) {
        Instant from = applyingFrom;
        if (from == null) return 0;
        double seconds = Math.max(0.001, Duration.between(from, now).toMillis() / 1000.0);
        return rowsDone.get() / seconds;
    }

    Long secondsLeft(Instant now) {
        double rate = rate(now);
        if (rate <= 0) return null;
        return Math.round((rowsTotal.get() - rowsDone.get()) / rate);
    }
}
