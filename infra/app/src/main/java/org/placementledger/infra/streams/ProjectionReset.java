package org.placementledger.infra.streams;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * Takes the projections back to nothing in Kafka, as Kafka's application reset tool does: the application's
 * committed offsets and its internal topics (changelogs, repartition topics) go, so that the next start reads
 * {@code placement-events} from the beginning into empty stores instead of restoring the old state.
 */
final class ProjectionReset {

    private static final Logger log = LoggerFactory.getLogger(ProjectionReset.class);
    private static final Duration WAIT = Duration.ofSeconds(60);

    private ProjectionReset() {
    }

    /** Also deletes the topics the projections write whole from their state (each child's timeline), made again at start. */
    static void reset(Admin admin, String applicationId, Set<String> derivedTopics) {
        try {
            deleteGroup(admin, applicationId);
            Set<String> internal = new java.util.HashSet<>(internalTopics(admin, applicationId));
            Set<String> existing = admin.listTopics().names().get();
            for (String derived : derivedTopics) if (existing.contains(derived)) internal.add(derived);
            if (!internal.isEmpty()) {
                admin.deleteTopics(internal).all().get();
                long deadline = System.nanoTime() + WAIT.toNanos();
                // Deletion finishes on the broker after the call returns; the topics are made again at start.
                while (admin.listTopics().names().get().stream().anyMatch(internal::contains)) {
                    if (System.nanoTime() > deadline) throw new IllegalStateException("internal topics of " + applicationId + " still there after " + WAIT);
                    Thread.sleep(200);
                }
            }
            log.info("Projections reset in Kafka: offsets of {} and topics {} deleted", applicationId, internal);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while resetting the projections", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not reset the projections in Kafka: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static void deleteGroup(Admin admin, String applicationId) throws InterruptedException, ExecutionException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            try {
                admin.deleteConsumerGroups(List.of(applicationId)).all().get();
                return;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof GroupIdNotFoundException) return;
                // The members that just closed may take a moment to leave.
                if (!(e.getCause() instanceof GroupNotEmptyException) || System.nanoTime() > deadline) throw e;
                Thread.sleep(500);
            }
        }
    }

    private static Set<String> internalTopics(Admin admin, String applicationId) throws InterruptedException, ExecutionException {
        return admin.listTopics().names().get().stream()
                .filter(t -> t.startsWith(applicationId + "-") && (t.endsWith("-changelog") || t.endsWith("-repartition")))
                .collect(java.util.stream.Collectors.toSet());
    }
}
