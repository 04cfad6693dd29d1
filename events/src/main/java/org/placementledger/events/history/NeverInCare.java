package org.placementledger.events.history;

/** No period of care has been recorded for this child. */
public record NeverInCare() implements CareState {

    @Override
    public ChildDetails child() {
        return null;
    }
}
