package org.placementledger.infra.privacy;

import org.placementledger.events.PersonalDataErased;
import org.placementledger.events.history.ChildDetails;
import org.placementledger.projections.timelines.TimelineIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Erases the personal data of every child whose record has reached the end of its retention period: by
 * default the 75th birthday, as councils commonly keep care records. Run daily; every instance may run it,
 * since an erasure asked twice is done once.
 */
public final class RetentionSweep {

    private static final Logger log = LoggerFactory.getLogger(RetentionSweep.class);

    private final TimelineIndex timelines;
    private final Erasures erasures;
    private final Clock clock;
    private final int retentionYears;

    public RetentionSweep(TimelineIndex timelines, Erasures erasures, Clock clock, int retentionYears) {
        this.timelines = timelines;
        this.erasures = erasures;
        this.clock = clock;
        this.retentionYears = retentionYears;
    }

    /** The children erased by this sweep. */
    public List<String> sweep() {
        LocalDate today = LocalDate.now(clock);
        List<String> due = new ArrayList<>();
        timelines.forEach((childId, child) -> {
            ChildDetails details = child.timeline().details();
            if (details != null && details.dateOfBirth() != null && !details.dateOfBirth().plusYears(retentionYears).isAfter(today)) {
                due.add(childId);
            }
        });
        List<String> erased = new ArrayList<>();
        for (String childId : due) {
            try {
                // Asked again for a child erased before, so that an erasure left half done (its key gone, the event
                // not yet recorded) is finished; a finished one records nothing more.
                Erasures.Outcome outcome = erasures.erase(childId, PersonalDataErased.Basis.RETENTION, "retention",
                        "the record reached the end of its retention period (" + retentionYears + " years from birth)");
                if (!outcome.already()) erased.add(childId);
            } catch (RuntimeException e) {
                // The next sweep tries again; one child's failure must not keep the others' data.
                log.warn("Could not erase the personal data of child {} at the end of its retention: {}", childId, e.getMessage());
            }
        }
        if (!erased.isEmpty()) log.info("Retention: erased the personal data of {} children", erased.size());
        return erased;
    }
}
