package org.placementledger.projections.incare;

import org.placementledger.events.history.CareState;
import org.placementledger.events.history.CareStates;
import org.placementledger.events.history.InCare;
import org.placementledger.events.Placement;

/**
 * Where a child is now, as far as the live counts need it.
 *
 * @param provider the provider code, or {@link #NO_PROVIDER} for a temporary placement, which has none
 */
public record ChildNow(boolean inCare, boolean shortBreaks, String placementType, String provider) {

    public static final String NO_PROVIDER = "none";
    public static final ChildNow NOT_IN_CARE = new ChildNow(false, false, null, null);

    public static ChildNow of(ChildTimeline timeline) {
        return of(CareStates.of(timeline.history()));
    }

    public static ChildNow of(CareState state) {
        if (!(state instanceof InCare inCare)) return NOT_IN_CARE;
        Placement placement = inCare.current().placement();
        return new ChildNow(true, inCare.isShortBreaks(), placement.type().code(),
                placement.provider() == null ? NO_PROVIDER : placement.provider().code());
    }

    /** In care and counted in the headline figures: children on a series of short breaks are counted apart. */
    public boolean countedInHeadline() {
        return inCare && !shortBreaks;
    }
}
