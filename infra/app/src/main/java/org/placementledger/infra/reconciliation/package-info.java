/**
 * Whether every stored event has reached the figures: where the event store, the relay and the projections
 * stand ({@link EventFlow}, sampled every few seconds and in {@code /actuator/health}), and a check that
 * compares, child by child, the store's last sequence with the one the figures were made from
 * ({@link Reconciliation}), sends again what never reached the topic, and names what is still missing.
 * May use the event store, Kafka's admin client, the relay's producer and the projections' timeline index.
 */
package org.placementledger.infra.reconciliation;
