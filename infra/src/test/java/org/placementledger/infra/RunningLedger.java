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

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    private RunningLedger(ConfigurableApplicationContext context) {
        this.context = context;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.base = "http://127.0.0.1:" + port;
    }

    static RunningLedger start(Path dataDir, String... extraProperties) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        // As command-line arguments, which outrank application.yml (builder properties are only defaults).
        String[] arguments = new String[3 + extraProperties.length];
        arguments[0] = "--server.port=0";
        arguments[1] = "--placement-ledger.data-dir=" + dataDir;
        // Scenarios start from an empty ledger; the demo council is for people, and has its own test.
        arguments[2] = "--placement-ledger.demo.load=false";
        for (int i = 0; i < extraProperties.length; i++) arguments[3 + i] = "--" + extraProperties[i];
        return new RunningLedger(new SpringApplicationBuilder(PlacementLedgerApplication.class).run(arguments));
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
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""), response.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            throw new AssertionError(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
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
        context.close();
    }

    record Response(int status, String body, String contentType, String etag) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }
}
