package org.placementledger.commandside.imports;

import org.placementledger.commandside.ssda903.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** An import's problems, written to its store in batches, from any worker. */
final class ProblemWriter {

    private final ImportStore store;
    private final String id;
    private final ImportProgress progress;
    private final List<Problem> pending = new ArrayList<>();
    private final AtomicLong seq = new AtomicLong();

    ProblemWriter(ImportStore store, String id, ImportProgress progress) {
        this.store = store;
        this.id = id;
        this.progress = progress;
    }

    synchronized void add(List<Problem> found) {
        for (Problem p : found) {
            if (p.isError()) progress.errors.incrementAndGet();
            else progress.warnings.incrementAndGet();
        }
        pending.addAll(found);
        if (pending.size() >= 500) flush();
    }

    /** Written before they are let go of: a write that fails leaves them to the next flush, numbered the same. */
    synchronized void flush() {
        store.addProblems(id, seq.get(), pending);
        seq.addAndGet(pending.size());
        pending.clear();
    }
}
