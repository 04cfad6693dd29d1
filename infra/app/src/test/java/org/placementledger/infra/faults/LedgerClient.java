package org.placementledger.infra.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** HTTP to one application process, signed in with HTTP Basic as one test user. */
final class LedgerClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private final String base;
    private final String authorization;

    LedgerClient(int port, String user) {
        this.base = "http://127.0.0.1:" + port;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestUsers.password(user)).getBytes(StandardCharsets.UTF_8));
    }

    LedgerClient as(String user) {
        return new LedgerClient(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), user);
    }

    /** An answer, or the transport failure that stood in for one (the process was down or did not answer in time). */
    record Response(int status, String body, IOException failure) {
        boolean answered() {
            return failure == null;
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return answered() ? status + " " + body : "no answer: " + failure;
        }
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET());
    }

    /**
     * A GET asked again until it is answered: on two shared cores an application busy importing can leave a read
     * unanswered past the client's timeout, which says nothing about what it holds.
     */
    Response getAnswered(String path) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        Response answer = get(path);
        while (!answer.answered() && System.nanoTime() < deadline) answer = get(path);
        if (!answer.answered()) throw new AssertionError("GET " + path + " unanswered for 2 minutes: " + answer);
        return answer;
    }

    Response post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response postEmpty(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** A multipart/form-data POST of files (part name to file), as curl -F sends them. */
    Response postFiles(String path, Map<String, Path> files) {
        String boundary = "----faults" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            for (var part : files.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.getKey() + "\"; filename=\""
                        + part.getValue().getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(Files.readAllBytes(part.getValue()));
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> answer = HTTP.send(request.header("Authorization", authorization).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(answer.statusCode(), answer.body(), null);
        } catch (IOException e) {
            return new Response(-1, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Response(-1, null, new IOException("interrupted", e));
        }
    }
}
