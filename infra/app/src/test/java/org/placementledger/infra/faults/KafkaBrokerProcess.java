package org.placementledger.infra.faults;

import org.placementledger.infra.embedded.EmbeddedKafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A single-node KRaft Kafka broker (broker and controller in one) in a JVM of its own, so a scenario can stop it
 * (SIGTERM) or kill it (SIGKILL) as an operator or the kernel would, and start it again on the same log and ports.
 */
final class KafkaBrokerProcess implements AutoCloseable {

    private final String name;
    private final Path logDir;
    private final Path properties;
    private final Path log;
    private final int brokerPort;
    private Process process;

    private KafkaBrokerProcess(String name, Path logDir, Path properties, Path log, int brokerPort) {
        this.name = name;
        this.logDir = logDir;
        this.properties = properties;
        this.log = log;
        this.brokerPort = brokerPort;
    }

    /**
     * A broker with its ports chosen and its storage formatted, not yet running: a scenario can hand its address to
     * an application before the broker is up. The ports are kept for every restart, as a real broker's are.
     */
    static KafkaBrokerProcess prepare(String name, Path folder) {
        Path logDir = folder.resolve("kafka-log").toAbsolutePath();
        int brokerPort = FreePorts.find();
        int controllerPort = FreePorts.find();
        try {
            Files.createDirectories(logDir);
            Properties p = EmbeddedKafka.brokerProperties(logDir, brokerPort, controllerPort);
            Path file = folder.resolve("broker.properties");
            try (var out = Files.newBufferedWriter(file)) {
                p.store(out, "single-node KRaft broker for the fault scenarios");
            }
            EmbeddedKafka.formatOnce(logDir);
            Path log = ChildProcesses.logFolder().resolve(name + "-kafka.log");
            Files.deleteIfExists(log);
            return new KafkaBrokerProcess(name, logDir, file, log, brokerPort);
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare the broker in " + folder, e);
        }
    }

    static KafkaBrokerProcess started(String name, Path folder) {
        KafkaBrokerProcess broker = prepare(name, folder);
        broker.start();
        return broker;
    }

    /** Starts the broker's JVM and waits until it answers a metadata request. */
    synchronized void start() {
        if (isRunning()) throw new IllegalStateException("the broker is already running");
        appendToLog("=== starting broker " + name + " on " + bootstrapServers());
        process = ChildProcesses.java(List.of("-Xmx384m", "-XX:+UseSerialGC"),
                "kafka.Kafka", List.of(properties.toString()), log);
        awaitReady(Duration.ofSeconds(90));
    }

    /** The same broker, on the same log and ports, again. */
    void restart() {
        start();
    }

    /** SIGTERM: the broker shuts down cleanly (flushes, tells the controller), as {@code systemctl stop} does. */
    synchronized void stop() {
        if (process == null) return;
        process.destroy();
        waitFor(Duration.ofSeconds(60));
    }

    /** SIGKILL: the broker vanishes mid-write, as on a power cut or the OOM killer. */
    synchronized void kill() {
        if (process == null) return;
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(30));
    }

    private void waitFor(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
            appendToLog("=== broker exited with " + process.exitValue());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    Path logFile() {
        return log;
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the broker exited with " + process.exitValue() + " while starting:\n" + ChildProcesses.tail(log, 40));
                }
                try {
                    if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(3000)).nodes().get().isEmpty()) return;
                } catch (Exception notYet) {
                    sleep(200);
                }
            }
        }
        throw new IllegalStateException("the broker did not answer within " + timeout + ":\n" + ChildProcesses.tail(log, 40));
    }

    private void appendToLog(String line) {
        try {
            Files.writeString(log, line + System.lineSeparator(), java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException ignored) {
            // the log is for reading after the run; a marker line missing from it changes nothing
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
