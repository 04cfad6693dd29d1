package org.placementledger.infra.embedded;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An in-process MongoDB wire server with its data in one H2 file under the data directory, for running
 * with no MongoDB to hand. Only loopback listens.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

    private final H2Backend backend;
    private final MongoServer server;
    private final String connectionString;

    private EmbeddedMongo(H2Backend backend, MongoServer server, String connectionString) {
        this.backend = backend;
        this.server = server;
        this.connectionString = connectionString;
    }

    public static EmbeddedMongo start(Path dataDir) {
        Path dir = dataDir.resolve("mongodb");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the embedded MongoDB's folder " + dir.toAbsolutePath(), e);
        }
        Path file = dir.resolve("placement-ledger.mv");
        H2Backend backend = new IndexedH2Backend(file.toString());
        MongoServer server = new MongoServer(backend);
        int port = FreePort.find();
        server.bind("127.0.0.1", port);
        String uri = "mongodb://127.0.0.1:" + port;
        log.info("Embedded MongoDB serving {} from {}", uri, file.toAbsolutePath());
        return new EmbeddedMongo(backend, server, uri);
    }

    public String connectionString() {
        return connectionString;
    }

    /**
     * Writes what the server holds to its file now. The H2 store commits on its own about once a second;
     * the event store calls this after each append so that an acknowledged command survives a crash.
     */
    public void commit() {
        backend.commit();
    }

    @Override
    public void close() {
        server.shutdownNow();
        backend.close();
        log.info("Embedded MongoDB stopped");
    }
}
