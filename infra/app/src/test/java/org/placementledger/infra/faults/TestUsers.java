package org.placementledger.infra.faults;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The users file the application reads from its data folder, written before it starts, so scenarios sign in
 * without the first administrator's one-time password. Hashed at bcrypt's lowest cost: every request signs in.
 */
final class TestUsers {

    /** Every role and the grant to see identities. */
    static final String TESTER = "tester";
    static final String PASSWORD_SUFFIX = "-pass-9fK2";

    private TestUsers() {
    }

    static String password(String user) {
        return user + PASSWORD_SUFFIX;
    }

    static void writeInto(Path dataDir) {
        Path file = dataDir.resolve("users.json");
        if (Files.exists(file)) return;
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        Map<String, List<String>> users = new LinkedHashMap<>();
        users.put(TESTER, List.of("recorder", "manager", "auditor", "performance", "administrator", "identities"));
        for (String role : List.of("recorder", "manager", "auditor", "performance", "administrator")) users.put(role, List.of(role));
        StringBuilder json = new StringBuilder("[");
        for (var u : users.entrySet()) {
            if (json.length() > 1) json.append(",");
            json.append("{\"username\":\"").append(u.getKey()).append("\",\"passwordHash\":\"{bcrypt}")
                    .append(bcrypt.encode(password(u.getKey()))).append("\",\"roles\":[\"")
                    .append(String.join("\",\"", u.getValue()))
                    .append("\"],\"mustChangePassword\":false,\"createdAt\":\"2026-01-01T00:00:00Z\"}");
        }
        try {
            Files.createDirectories(dataDir);
            Files.writeString(file, json.append("]").toString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the test users into " + dataDir, e);
        }
    }
}
