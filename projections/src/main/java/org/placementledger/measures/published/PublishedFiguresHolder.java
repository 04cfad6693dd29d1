package org.placementledger.measures.published;

import java.util.concurrent.atomic.AtomicReference;

/** The published figures in use: the shipped release, or a newer table an administrator loaded since. */
public final class PublishedFiguresHolder {

    private final AtomicReference<PublishedFigures> current;

    public PublishedFiguresHolder(PublishedFigures initial) {
        this.current = new AtomicReference<>(initial);
    }

    public PublishedFigures current() {
        return current.get();
    }

    /** Replaces one table, all at once: a reader sees the old tables or the new, never a mixture. */
    public PublishedFigures replace(PublishedReader.TableData table) {
        return current.updateAndGet(f -> f.with(table));
    }
}
