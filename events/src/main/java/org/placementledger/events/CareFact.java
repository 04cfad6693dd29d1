package org.placementledger.events;

/**
 * A fact about a child's care, as opposed to a correction or retraction of one. Corrections carry a
 * replacement fact of the same type as the one they supersede.
 */
public sealed interface CareFact extends ChildEvent
        permits CareStarted, PlacementChanged, PlacementCostChanged, LegalStatusChanged, HomePostcodeChanged, CareCeased,
        ChildDetailsRecorded, ReturnRowsRecorded {
}
