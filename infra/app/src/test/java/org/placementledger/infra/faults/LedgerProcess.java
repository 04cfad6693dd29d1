package org.placementledger.infra.faults;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application in a JVM of its own, as it runs in production: a scenario can kill it with -9 mid-request and
 * start it again on the same data folder and port. Its log goes to {@code target/faults/<name>.log}.
 */
final class LedgerProcess implements AutoCloseable {

    private final String name;
    private final Path dataDir;
    private final int port;
    private final List<String> arguments;
    private final Path log;
    private Process process;

    private LedgerProcess(String name, Path dataDir, List<String> arguments, int port) {
        this.name = name;
        this.dataDir = dataDir.toAbsolutePath();
        this.port = port;
        this.arguments = arguments;
        this.log = ChildProcesses.logFolder().resolve(name + ".log");
    }

    /** What an application process is started with. */
    static final class Settings {
        private final String name;
        private final Path dataDir;
        private String bootstrapServers;
        private String mongoUri;
        private String masterKey;
        private final List<String> extra = new ArrayList<>();

        Settings(String name, Path dataDir) {
            this.name = name;
            this.dataDir = dataDir;
        }

        Settings kafka(String bootstrap) {
            this.bootstrapServers = bootstrap;
            return this;
        }

        Settings mongo(String uri) {
            this.mongoUri = uri;
            return this;
        }

        Settings masterKey(String base64) {
            this.masterKey = base64;
            return this;
        }

        Settings property(String nameAndValue) {
            extra.add("--" + nameAndValue);
            return this;
        }

        LedgerProcess build() {
            int port = FreePorts.find();
            List<String> args = new ArrayList<>();
            args.add("--server.port=" + port);
            args.add("--placement-ledger.data-dir=" + dataDir.toAbsolutePath());
            args.add("--placement-ledger.demo.load=false");
            if (bootstrapServers == null) throw new IllegalStateException("the fault scenarios run against a broker process: name it");
            args.add("--placement-ledger.kafka.bootstrap-servers=" + bootstrapServers);
            if (mongoUri != null) args.add("--placement-ledger.mongodb.uri=" + mongoUri);
            if (masterKey != null) args.add("--placement-ledger.privacy.master-key=" + masterKey);
            args.addAll(extra);
            TestUsers.writeInto(dataDir);
            LedgerProcess ledger = new LedgerProcess(name, dataDir, args, port);
            try {
                Files.deleteIfExists(ledger.log);
            } catch (IOException ignored) {
                // a stale log is appended to, with a marker line per start
            }
            return ledger;
        }
    }

    static Settings named(String name, Path dataDir) {
        return new Settings(name, dataDir);
    }

    /** Starts the JVM and waits until it answers on its port (any health status: a broker may be down). */
    LedgerProcess start() {
        launch();
        if (!awaitAnswering(Duration.ofSeconds(120))) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting:\n" + ChildProcesses.tail(log, 60));
        }
        return this;
    }

    /** Starts the JVM without waiting for it. */
    synchronized LedgerProcess launch() {
        if (isRunning()) throw new IllegalStateException(name + " is already running");
        mark("=== starting " + name + " on port " + port + " " + arguments);
        process = ChildProcesses.java(List.of("-Daxoniq.update-checker.disabled=true", "-Xmx512m", "-XX:+UseSerialGC"),
                "org.placementledger.infra.PlacementLedgerApplication", arguments, log);
        return this;
    }

    /**
     * Waits until {@code /actuator/health} gives any HTTP answer. False when the process exited first; the
     * timeout passing with the process still alive but silent is a failure of its own.
     */
    boolean awaitAnswering(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        LedgerClient client = client();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) return false;
            if (client.get("/actuator/health").answered()) return true;
            sleep(200);
        }
        throw new IllegalStateException(name + " neither answered nor exited within " + timeout + ":\n" + ChildProcesses.tail(log, 60));
    }

    /** Waits for the process to end by itself; its exit status, or null if it is still running. */
    Integer awaitExit(Duration timeout) {
        try {
            if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    /** kill -9: no shutdown hook, no flush, no graceful end of requests in flight. */
    synchronized void kill() {
        if (process == null) return;
        process.destroyForcibly();
        end(Duration.ofSeconds(30));
        mark("=== " + name + " killed with SIGKILL");
    }

    /** SIGTERM: Spring's graceful shutdown. */
    synchronized void stop() {
        if (process == null) return;
        process.destroy();
        end(Duration.ofSeconds(60));
        mark("=== " + name + " stopped with SIGTERM");
    }

    /** The same application again, on the same data folder and port. */
    LedgerProcess restart() {
        return start();
    }

    private void end(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    LedgerClient client() {
        return new LedgerClient(port, TestUsers.TESTER);
    }

    Path logFile() {
        return log;
    }

    Path dataDir() {
        return dataDir;
    }

    String name() {
        return name;
    }

    /** The log's lines that name an exception or an error, for a report of what went wrong. */
    List<String> errorLines(int most) {
        try {
            List<String> out = new ArrayList<>();
            for (String line : Files.readAllLines(log)) {
                if (line.contains(" ERROR ") || line.contains("Exception") || line.contains(" WARN ")) out.add(line);
            }
            return out.subList(Math.max(0, out.size() - most), out.size());
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of("(cannot read " + log + ")");
        }
    }

    private void mark(String line) {
        try {
            Files.writeString(log, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException ignored) {
            // only a marker for the reader of the log
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
    }
}
