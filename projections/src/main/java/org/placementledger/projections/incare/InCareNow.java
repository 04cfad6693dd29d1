package org.placementledger.projections.incare;

import java.time.Instant;
import java.util.SortedMap;

/**
 * The children in care now: the headline count (short-break children left out), the short-break children
 * apart, and the headline children by placement type and by provider. Groups with no child are left out.
 *
 * @param updatedAt when the figures last changed, or null when nothing has been counted yet
 */
public record InCareNow(long inCare, long shortBreaks, SortedMap<String, Long> byPlacementType,
                        SortedMap<String, Long> byProvider, Instant updatedAt) {
}
