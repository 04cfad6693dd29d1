package org.placementledger.commandside.aggregate;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.placementledger.commandside.domain.ChildCommand;
import org.placementledger.commandside.http.RecordingMetadata;


/**
 * Routes a command to its child's aggregate without annotations on the commands, which stay plain Java.
 * A client that names the sequence it last saw (metadata "expectedSequence") is told of any write that
 * came in between, instead of silently building on a record it has not seen.
 */
public class ChildCommandTargetResolver implements CommandTargetResolver {

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        if (!(command.getPayload() instanceof ChildCommand childCommand)) {
            throw new IllegalArgumentException("not a command about a child: " + command.getPayloadType().getName());
        }
        Object expected = command.getMetaData().get(RecordingMetadata.EXPECTED_SEQUENCE);
        Long version = expected instanceof Number n ? n.longValue() : null;
        return new VersionedAggregateIdentifier(childCommand.childId(), version);
    }
}
