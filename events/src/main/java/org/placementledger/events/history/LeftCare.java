package org.placementledger.events.history;

import org.placementledger.events.codes.ReasonEpisodeCeased;

import java.time.LocalDate;

/** A child whose last period of care has ended; they may re-enter care. */
public record LeftCare(ChildDetails child, InCare lastPeriod, LocalDate ceasedOn, ReasonEpisodeCeased reason)
        implements CareState {
}
