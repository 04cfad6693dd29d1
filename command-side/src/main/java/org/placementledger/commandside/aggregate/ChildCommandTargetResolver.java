package org.placementledger.commandside.aggregate;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.placementledger.commandside.domain.ChildCommand;


/**
 * Routes a command to its child's aggregate without annotations on the commands, which stay plain Java.
 * No version is given to Axon: its check is skipped for handlers that may create the aggregate, so the
 * aggregate checks the expected sequence itself.
 */
public class ChildCommandTargetResolver implements CommandTargetResolver {

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        if (!(command.getPayload() instanceof ChildCommand childCommand)) {
            throw new IllegalArgumentException("not a command about a child: " + command.getPayloadType().getName());
        }
        return new VersionedAggregateIdentifier(childCommand.childId(), null);
    }
}
