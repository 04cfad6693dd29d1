package org.placementledger.infra.mongo;

import org.placementledger.infra.embedded.EmbeddedMongo;

import java.util.Optional;

/** The MongoDB the app talks to: a configured one, or the embedded server it started itself. */
public record MongoConnection(String uri, Optional<EmbeddedMongo> embedded) implements AutoCloseable {

    /** Makes what was written so far durable where the server does not do that on its own. */
    public void commitEmbedded() {
        embedded.ifPresent(EmbeddedMongo::commit);
    }

    @Override
    public void close() {
        embedded.ifPresent(EmbeddedMongo::close);
    }
}
