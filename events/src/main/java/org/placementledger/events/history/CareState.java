package org.placementledger.events.history;

/**
 * Where a child's record stands: never in care, in care, or left care. Different types, so that what
 * may be done in each state is decided by the type and not by flags.
 */
public sealed interface CareState permits NeverInCare, InCare, LeftCare {

    /** The last reading of personal details, for a child who has been in care; null otherwise. */
    ChildDetails child();
}
