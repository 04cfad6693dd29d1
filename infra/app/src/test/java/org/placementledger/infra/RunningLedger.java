package org.placementledger.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

/** The whole application on its embedded servers, started in this JVM, and an HTTP client to talk to it. */
final class RunningLedger implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every role, and the grant to see identities: the user scenarios act as unless they choose another. */
    static final String TESTER = "tester";
    /** Test users' passwords: the user's name and this. */
    static final String PASSWORD_SUFFIX = "-pass-9fK2";

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    /** The Authorization header sent with every request, or null for none. */
    private final String authorization;

    private RunningLedger(ConfigurableApplicationContext context, String authorization) {
        this.context = context;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.base = "http://127.0.0.1:" + port;
        this.authorization = authorization;
    }

    /** The same running application, asked by another user (one per role: its name is the role's). */
    RunningLedger as(String user) {
        return new RunningLedger(context, basic(user, user + PASSWORD_SUFFIX));
    }

    /** The same running application, asked with no credentials at all. */
    RunningLedger anonymous() {
        return new RunningLedger(context, null);
    }

    /** The same running application, asked with this Authorization header. */
    RunningLedger withAuthorization(String header) {
        return new RunningLedger(context, header);
    }

    String baseUrl() {
        return base;
    }

    static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * A users file with the tester (every role) and one user per role, unless the data folder has one already.
     * Hashed at bcrypt's lowest cost: the tests sign in on every request.
     */
    private static void testUsers(Path dataDir) {
        Path file = dataDir.resolve("users.json");
        if (java.nio.file.Files.exists(file)) return;
        var bcrypt = new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4);
        StringBuilder json = new StringBuilder("[");
        java.util.List<String> roles = java.util.List.of("recorder", "manager", "auditor", "performance", "administrator");
        java.util.Map<String, String> users = new java.util.LinkedHashMap<>();
        users.put(TESTER, "\"recorder\",\"manager\",\"auditor\",\"performance\",\"administrator\",\"identities\"");
        for (String role : roles) users.put(role, "\"" + role + "\"");
        for (var u : users.entrySet()) {
            if (json.length() > 1) json.append(",");
            json.append("{\"username\":\"").append(u.getKey()).append("\",\"passwordHash\":\"{bcrypt}")
                    .append(bcrypt.encode(u.getKey() + PASSWORD_SUFFIX)).append("\",\"roles\":[").append(u.getValue())
                    .append("],\"mustChangePassword\":false,\"createdAt\":\"2026-01-01T00:00:00Z\"}");
        }
        try {
            java.nio.file.Files.createDirectories(dataDir);
            java.nio.file.Files.writeString(file, json.append("]").toString());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Started, and (within a minute) holding every child's figures, as a user would wait for health to say UP. */
    static RunningLedger start(Path dataDir, String... extraProperties) {
        RunningLedger ledger = startWithoutWaiting(dataDir, extraProperties);
        var projections = ledger.bean(org.placementledger.infra.streams.ProjectionStreams.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!projections.figuresLoaded() && System.nanoTime() < deadline) sleep(50);
        return ledger;
    }

    /** Started: the web server answers, the figures may still be loading. */
    static RunningLedger startWithoutWaiting(Path dataDir, String... extraProperties) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        // As command-line arguments, which outrank application.yml (builder properties are only defaults).
        java.util.List<String> arguments = new java.util.ArrayList<>();
        arguments.add("--server.port=0");
        arguments.add("--placement-ledger.data-dir=" + dataDir);
        // Scenarios start from an empty ledger, unless they ask for the demo council (the dashboard's browser tests do).
        if (java.util.Arrays.stream(extraProperties).noneMatch(p -> p.startsWith("placement-ledger.demo.load="))) {
            arguments.add("--placement-ledger.demo.load=false");
        }
        for (String property : extraProperties) arguments.add("--" + property);
        testUsers(dataDir);
        return new RunningLedger(new SpringApplicationBuilder(PlacementLedgerApplication.class).run(arguments.toArray(String[]::new)), basic(TESTER, TESTER + PASSWORD_SUFFIX));
    }

    <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    Response post(String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i + 1 < headers.length; i += 2) request.header(headers[i], headers[i + 1]);
        return send(request.build());
    }

    /** A multipart/form-data POST of files (part name to file), as a browser form or curl -F sends them. */
    Response postFiles(String path, java.util.Map<String, Path> files, String... headers) {
        String boundary = "----ledger" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        try {
            for (var part : files.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.getKey() + "\"; filename=\""
                        + part.getValue().getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                body.write(java.nio.file.Files.readAllBytes(part.getValue()));
                body.write("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        for (int i = 0; i + 1 < headers.length; i += 2) request.header(headers[i], headers[i + 1]);
        return send(request.build());
    }

    /** Any method; a body, if given, as JSON. */
    Response send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return send(request.build());
    }

    /** Any method with any body bytes and content type (none when blank): for malformed requests. */
    Response sendRaw(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null && !contentType.isBlank()) request.header("Content-Type", contentType);
        return send(request.build());
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    /** Polls a GET until its JSON satisfies the condition; the projections are asynchronous. */
    JsonNode awaitJson(String path, Predicate<JsonNode> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            Response response = get(path);
            if (response.status() == 200) {
                last = response.json();
                if (condition.test(last)) return last;
            }
            sleep(50);
        }
        throw new AssertionError("GET " + path + " did not reach the expected state within " + timeout + "; last answer: " + last);
    }

    private Response send(HttpRequest request) {
        if (authorization != null && request.headers().firstValue("Authorization").isEmpty()) {
            request = HttpRequest.newBuilder(request, (name, value) -> true).header("Authorization", authorization).build();
        }
        try {
            // An event stream never ends: its answer is taken as soon as its headers arrive, and the link closed.
            HttpResponse<String> response = http.send(request, info -> info.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")
                    ? HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofInputStream(), in -> {
                        try {
                            in.close();
                        } catch (IOException ignored) {
                            // closing is all that is wanted
                        }
                        return "(event stream)";
                    })
                    : HttpResponse.BodySubscribers.ofString(java.nio.charset.StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""), response.headers().firstValue("ETag").orElse(null),
                    response.headers());
        } catch (IOException e) {
            throw new AssertionError(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * Waits until every stored event is on the events topic and the projections have read every record of every
     * topic they follow: the machine is quiet again, so what a benchmark times next is not a backlog's work.
     */
    void awaitProjectionsCaughtUp(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        com.mongodb.client.MongoDatabase database = bean(com.mongodb.client.MongoDatabase.class);
        org.apache.kafka.clients.admin.Admin admin = bean(org.apache.kafka.clients.admin.Admin.class);
        try {
            while (System.nanoTime() < deadline) {
                // The collection's own count: counting documents by a query reads every one of them.
                long stored = database.getCollection("events").estimatedDocumentCount();
                if (relayed(admin) >= stored && projectionsLag(admin) == 0) return;
                sleep(250);
            }
        } catch (Exception e) {
            throw new AssertionError("could not read the projections' progress", e);
        }
        throw new AssertionError("the projections did not catch up within " + timeout);
    }

    /** Events stored, events on the events topic, records the projections have yet to read: for a benchmark's report. */
    String projectionsProgress() {
        try {
            org.apache.kafka.clients.admin.Admin admin = bean(org.apache.kafka.clients.admin.Admin.class);
            return String.format("%,d events stored, %,d relayed to Kafka, %,d records for the projections to read",
                    bean(com.mongodb.client.MongoDatabase.class).getCollection("events").estimatedDocumentCount(), relayed(admin), projectionsLag(admin));
        } catch (Exception e) {
            throw new AssertionError("could not read the projections' progress", e);
        }
    }

    private static long relayed(org.apache.kafka.clients.admin.Admin admin) throws Exception {
        var partitions = admin.describeTopics(java.util.List.of(org.placementledger.events.Topics.PLACEMENT_EVENTS)).allTopicNames().get()
                .get(org.placementledger.events.Topics.PLACEMENT_EVENTS).partitions();
        var latest = new java.util.HashMap<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec>();
        for (var p : partitions) {
            latest.put(new org.apache.kafka.common.TopicPartition(org.placementledger.events.Topics.PLACEMENT_EVENTS, p.partition()),
                    org.apache.kafka.clients.admin.OffsetSpec.latest());
        }
        long total = 0;
        for (var end : admin.listOffsets(latest).all().get().values()) total += end.offset();
        return total;
    }

    /** Records the projections have yet to process, over every topic they read. */
    static long projectionsLag(org.apache.kafka.clients.admin.Admin admin) throws Exception {
        var committed = admin.listConsumerGroupOffsets("placement-ledger").partitionsToOffsetAndMetadata().get();
        var latest = new java.util.HashMap<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec>();
        committed.keySet().forEach(tp -> latest.put(tp, org.apache.kafka.clients.admin.OffsetSpec.latest()));
        var ends = admin.listOffsets(latest).all().get();
        long lag = 0;
        // Transaction markers take an offset each: a partition one or two behind its end is caught up.
        for (var e : committed.entrySet()) lag += Math.max(0, ends.get(e.getKey()).offset() - e.getValue().offset() - 2);
        return lag;
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
        context.close();
    }

    record Response(int status, String body, String contentType, String etag, java.net.http.HttpHeaders headers) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }
}
