package org.placementledger.commandside.imports;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;

/** Writes an import's progress to its document every second, and to the log every ten seconds, until interrupted. */
final class ProgressReporter {

    /** Under the importer's name, so an import's lines of the log read together. */
    private static final Logger log = LoggerFactory.getLogger(Ssda903Importer.class);

    private ProgressReporter() {
    }

    static Thread start(String id, ImportProgress progress, ImportStore store, Clock clock) {
        Thread t = new Thread(() -> {
            long lastLog = 0;
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
                Instant now = clock.instant();
                try {
                    store.progress(id, progress, now);
                } catch (RuntimeException e) {
                    if (Thread.currentThread().isInterrupted()) return;
                    log.warn("Import {}: progress not written ({})", id, e.getMessage());
                }
                if (System.nanoTime() - lastLog > 10_000_000_000L && progress.applyingFrom != null) {
                    lastLog = System.nanoTime();
                    Long left = progress.secondsLeft(now);
                    log.info("Import {}: {} of {} rows, {} children, {} rows/s, {}", id, progress.rowsDone.get(), progress.rowsTotal.get(),
                            progress.childrenDone.get(), Math.round(progress.rate(now)), left == null ? "time left not known yet" : "about " + left + " s left");
                }
            }
        }, "ssda903-import-progress");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
