package org.placementledger.infra.embedded;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * An in-process, single-node Kafka broker in KRaft mode (broker and controller in one), with its log
 * under the data directory so the replay log of the projections survives restarts. Only loopback listens.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);

    private final KafkaRaftServer server;
    private final String bootstrapServers;

    private EmbeddedKafka(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    public static EmbeddedKafka start(Path dataDir) {
        Path logDir = dataDir.resolve("kafka").toAbsolutePath();
        int brokerPort = FreePort.find();
        int controllerPort = FreePort.find();
        Properties props = brokerProperties(logDir, brokerPort, controllerPort);
        KafkaConfig config = KafkaConfig.fromProps(props, false);
        formatOnce(logDir);
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        String bootstrap = "127.0.0.1:" + brokerPort;
        log.info("Embedded Kafka serving {} with its log in {}", bootstrap, logDir);
        return new EmbeddedKafka(server, bootstrap);
    }

    /** A single-node KRaft broker and controller on loopback: the embedded broker's, and the fault suite's broker process's. */
    public static Properties brokerProperties(Path logDir, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("num.partitions", "1");
        p.put("default.replication.factor", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        // Without these two, transactional producers (exactly-once Streams) wait forever on one node.
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("group.initial.rebalance.delay.ms", "0");
        // The cleaner's default dedupe buffer is 128 MB; compacted topics here are small.
        p.put("log.cleaner.dedupe.buffer.size", "4194304");
        p.put("auto.create.topics.enable", "false");
        return p;
    }

    /** KRaft needs its storage formatted once; a restart keeps the existing log. */
    public static void formatOnce(Path logDir) {
        if (Files.exists(logDir.resolve("meta.properties"))) return;
        try {
            Files.createDirectories(logDir);
            new Formatter()
                    .setClusterId(Uuid.randomUuid().toString())
                    .setNodeId(1)
                    .setDirectories(List.of(logDir.toString()))
                    .setMetadataLogDirectory(logDir.toString())
                    .setControllerListenerName("CONTROLLER")
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setPrintStream(System.out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the embedded Kafka's folder " + logDir, e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot format the embedded Kafka's storage in " + logDir, e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        log.info("Embedded Kafka stopped");
    }
}
