package org.placementledger.infra.relay;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;

import java.time.Duration;

/**
 * The tracking processor the relay runs in, built by hand for two settings Axon's configurer does not offer:
 * <ul>
 *   <li>the token is stored after the batch is handled, whatever transaction manager is configured: stored
 *   before, as Axon does when it has one, a MongoDB token would already be past a batch that then fails;</li>
 *   <li>the pause before a failed batch is tried again is at most {@link #maxRetryPause}. Axon doubles it up to
 *   60 s, so a broker back after a minute away would leave the figures behind for another minute.</li>
 * </ul>
 * One segment and one thread: the relay keeps the order of the store, and with several instances the one
 * holding the token's claim relays while the others wait to take it over (claims time out, see
 * {@link #TOKEN_CLAIM_INTERVAL}).
 */
public final class RelayProcessor {

    /** How often an instance without the claim asks for it; with Axon's 10 s claim timeout, a dead owner's batch moves within about 12 s. */
    static final Duration TOKEN_CLAIM_INTERVAL = Duration.ofSeconds(2);

    private RelayProcessor() {
    }

    public static EventProcessor build(String name, Configuration config, EventHandlerInvoker invoker,
                                       int batchSize, Duration maxRetryPause) {
        TrackingEventProcessor.Builder builder = TrackingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(invoker)
                .messageSource(config.eventStore())
                .tokenStore(config.getComponent(TokenStore.class))
                // Nothing of the relay's is transactional: the token's place is kept by waiting, not by a rollback.
                .transactionManager(NoTransactionManager.INSTANCE)
                .errorHandler(PropagatingErrorHandler.instance())
                .messageMonitor(config.messageMonitor(TrackingEventProcessor.class, name))
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(batchSize)
                        .andTokenClaimInterval(TOKEN_CLAIM_INTERVAL.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS))
                .storingTokensAfterProcessing();
        long maxPause = maxRetryPause.toMillis();
        return new TrackingEventProcessor(builder) {
            @Override
            protected void doSleepFor(long millisToSleep) {
                super.doSleepFor(Math.min(millisToSleep, maxPause));
            }
        };
    }
}
