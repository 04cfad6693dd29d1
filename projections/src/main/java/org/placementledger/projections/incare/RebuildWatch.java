package org.placementledger.projections.incare;

/** Told how a rebuild's gathering of each child's events goes, so the rebuild knows when it is done or must start again. */
public interface RebuildWatch {

    RebuildWatch NONE = new RebuildWatch() {
        @Override
        public void applied(int partition) {
        }

        @Override
        public void gatheredLost(int partition) {
        }
    };

    /** Every event gathered from the partition has been applied to the children's timelines. */
    void applied(int partition);

    /** So many more of the partition's gathered events have just been applied (folded into their children's timelines). */
    default void appliedEvents(int partition, int events) {
    }

    /** The partition's projections closed holding gathered events not yet applied: the rebuild must start again. */
    void gatheredLost(int partition);
}
