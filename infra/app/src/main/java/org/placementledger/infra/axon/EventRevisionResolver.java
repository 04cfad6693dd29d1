package org.placementledger.infra.axon;

import org.axonframework.serialization.RevisionResolver;
import org.placementledger.events.EventRevision;

/** Reads the revision of an event's serialised form from the project's own annotation, so events need no Axon types. */
public class EventRevisionResolver implements RevisionResolver {

    @Override
    public String revisionOf(Class<?> payloadType) {
        EventRevision revision = payloadType.getAnnotation(EventRevision.class);
        return revision == null ? null : revision.value();
    }
}
