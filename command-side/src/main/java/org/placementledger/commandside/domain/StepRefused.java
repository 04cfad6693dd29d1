package org.placementledger.commandside.domain;

/** One step of a {@link RecordHistory} broke a rule, so none of its steps was recorded. */
public class StepRefused extends RuleBroken {

    private final int step;

    public StepRefused(int step, RuleBroken broken) {
        super(broken.rule(), broken.reason(), broken);
        this.step = step;
    }

    /** The index of the refused step, from 0. */
    public int step() {
        return step;
    }
}
