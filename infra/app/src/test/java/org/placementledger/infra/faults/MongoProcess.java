package org.placementledger.infra.faults;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** {@code StandaloneMongo} in a JVM of its own: the one database several application processes share. */
final class MongoProcess implements AutoCloseable {

    private final int port;
    private final Process process;
    private final Path log;

    private MongoProcess(int port, Process process, Path log) {
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static MongoProcess start(String name, Path folder) {
        int port = FreePorts.find();
        Path log = ChildProcesses.logFolder().resolve(name + "-mongo.log");
        try {
            Files.deleteIfExists(log);
        } catch (java.io.IOException ignored) {
            // appended to otherwise
        }
        Process process = ChildProcesses.java(List.of("-Xmx384m", "-XX:+UseSerialGC"), "org.placementledger.infra.embedded.StandaloneMongo",
                List.of(Integer.toString(port), folder.resolve("mongo.mv").toAbsolutePath().toString()), log);
        MongoProcess mongo = new MongoProcess(port, process, log);
        mongo.awaitListening(Duration.ofSeconds(60));
        return mongo;
    }

    String uri() {
        return "mongodb://127.0.0.1:" + port;
    }

    private void awaitListening(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("StandaloneMongo exited:\n" + ChildProcesses.tail(log, 30));
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (java.io.IOException notYet) {
                Figures.sleep(200);
            }
        }
        throw new IllegalStateException("StandaloneMongo did not listen within " + timeout + ":\n" + ChildProcesses.tail(log, 30));
    }

    @Override
    public void close() {
        // SIGTERM, so the store is committed and closed the way a developer's Ctrl-C would leave it.
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
