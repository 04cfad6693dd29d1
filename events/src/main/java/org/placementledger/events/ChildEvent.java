package org.placementledger.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.time.LocalDate;

/**
 * Something recorded about one child. Each child has one stream of these, never changed and never
 * deleted; who recorded an event and when travel in its metadata, not here.
 * <p>
 * The type name is written into the JSON so that a correction can carry the corrected fact and a
 * consumer of the Kafka topic can read any event without knowing its class up front.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "@type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = CareStarted.class, name = "CareStarted"),
        @JsonSubTypes.Type(value = PlacementChanged.class, name = "PlacementChanged"),
        @JsonSubTypes.Type(value = PlacementCostChanged.class, name = "PlacementCostChanged"),
        @JsonSubTypes.Type(value = LegalStatusChanged.class, name = "LegalStatusChanged"),
        @JsonSubTypes.Type(value = HomePostcodeChanged.class, name = "HomePostcodeChanged"),
        @JsonSubTypes.Type(value = CareCeased.class, name = "CareCeased"),
        @JsonSubTypes.Type(value = ChildDetailsRecorded.class, name = "ChildDetailsRecorded"),
        @JsonSubTypes.Type(value = ReturnRowsRecorded.class, name = "ReturnRowsRecorded"),
        @JsonSubTypes.Type(value = EventCorrected.class, name = "EventCorrected"),
        @JsonSubTypes.Type(value = EventRetracted.class, name = "EventRetracted"),
        @JsonSubTypes.Type(value = PersonalDataErased.class, name = "PersonalDataErased")
})
public sealed interface ChildEvent permits CareFact, EventCorrected, EventRetracted, PersonalDataErased {

    String childId();

    /** When the thing happened to the child (valid time), as opposed to when it was recorded. */
    LocalDate effectiveDate();
}
