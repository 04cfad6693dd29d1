package org.placementledger.infra.embedded;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The embedded MongoDB wire server (the same H2-file backend the application embeds) as a process of its own, so that
 * several application instances can share one database on a developer's machine or in a scale-out test:
 * <pre>
 * ./mvnw -B -q -pl infra/app -am package -DskipTests
 * java -cp infra/app/target/infra-app-0.1.0-SNAPSHOT.jar -Dloader.main=org.placementledger.infra.embedded.StandaloneMongo \
 *      org.springframework.boot.loader.launch.PropertiesLauncher 27017 trial/mongo.mv
 * </pre>
 * (the fat jar's PropertiesLauncher runs any main class of it; from a classpath, the class takes the same two arguments).
 * It listens on 127.0.0.1 only and prints its connection string. The store is committed to the file every 200 ms and
 * on shutdown: unlike the embedded server, whose event store commits after each append, a kill -9 of this process
 * can lose the last 200 ms of writes, so it is for trials, never for data that matters.
 */
public final class StandaloneMongo {

    private StandaloneMongo() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: StandaloneMongo <port> <data file>");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]).toAbsolutePath();
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        H2Backend backend = new IndexedH2Backend(file.toString());
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);

        ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "h2-commit");
            t.setDaemon(true);
            return t;
        });
        committer.scheduleWithFixedDelay(backend::commit, 200, 200, TimeUnit.MILLISECONDS);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            committer.shutdownNow();
            backend.commit();
            // Closes the connections, then the backend, whose store writes whatever came in since the commit above.
            server.shutdownNow();
            System.out.println("StandaloneMongo stopped; " + file + " committed");
        }, "standalone-mongo-shutdown"));

        System.out.println("mongodb://127.0.0.1:" + port);
        System.out.flush();
        Thread.currentThread().join();
    }
}
