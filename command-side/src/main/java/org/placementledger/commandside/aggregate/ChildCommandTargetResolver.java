package org.placementledger.commandside.aggregate;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.placementledger.commandside.domain.ChildCommand;

/**
 * Routes a command to its child's aggregate without Axon annotations on the commands, which stay plain
 * Java, and hands Axon the sequence the sender expects.
 * <p>
 * Axon only checks that version for handlers that load an existing aggregate. The child's handlers may
 * create it ({@code CREATE_IF_MISSING}), and Axon loads those with {@code loadOrCreate}, which ignores
 * the version; so {@link ChildAggregate} checks the same metadata itself. The version is still given
 * here so that a handler that stops creating keeps the check.
 */
public class ChildCommandTargetResolver implements CommandTargetResolver {

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        if (!(command.getPayload() instanceof ChildCommand childCommand)) {
            throw new IllegalArgumentException("not a command about a child: " + command.getPayloadType().getName());
        }
        // Refused here: a command without a child would otherwise create an aggregate with no identity.
        if (childCommand.childId() == null || childCommand.childId().isBlank()) {
            throw new IllegalArgumentException("a " + command.getPayloadType().getSimpleName() + " must name its child");
        }
        return new VersionedAggregateIdentifier(childCommand.childId(), ExpectedSequence.in(command.getMetaData()));
    }
}
