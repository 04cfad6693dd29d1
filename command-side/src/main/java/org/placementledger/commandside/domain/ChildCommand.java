package org.placementledger.commandside.domain;

/** A request to record something about one child; decided against that child's record alone. */
public sealed interface ChildCommand
        permits StartCare, ChangePlacement, ChangePlacementCost, ChangeLegalStatus, ChangeHomePostcode, CeaseCare,
        CorrectEvent, RetractEvent, RecordChildDetails, RecordReturnRows, RecordHistory, ErasePersonalData {

    String childId();
}
