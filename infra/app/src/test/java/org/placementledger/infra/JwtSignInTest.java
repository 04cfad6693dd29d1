package org.placementledger.infra;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production sign-in: the application trusts an OAuth2/OIDC issuer's signed JWTs (here a key set served by the
 * test) and takes the user's roles from the token.
 */
class JwtSignInTest {

    @TempDir
    Path dataDir;

    @Test
    void a_token_of_the_trusted_issuer_signs_in_with_the_roles_it_carries_and_anything_else_is_refused() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("issuer-key").generate();
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("issuer-key").generate();
        HttpServer issuer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] keys = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        issuer.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, keys.length);
            exchange.getResponseBody().write(keys);
            exchange.close();
        });
        issuer.start();
        try (RunningLedger ledger = RunningLedger.start(dataDir,
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:" + issuer.getAddress().getPort() + "/jwks")) {
            RunningLedger manager = ledger.withAuthorization("Bearer " + token(key, "pat.manager", List.of("manager"), 600));
            assertThat(manager.get("/api/dashboard/now").status()).isEqualTo(200);
            assertThat(manager.get("/api/account").json().path("username").asText()).isEqualTo("pat.manager");
            assertThat(manager.get("/api/exports/ssda903?year=2026").status()).as("not a performance role").isEqualTo(403);
            assertThat(manager.get("/api/admin/users").status()).as("no local users behind an issuer").isEqualTo(403);

            RunningLedger recorder = ledger.withAuthorization("Bearer " + token(key, "sam.recorder", List.of("recorder", "no-such-role"), 600));
            RunningLedger.Response recorded = recorder.post("/api/children/JWT1/care", ChildRequests.startCare("2026-01-05"));
            assertThat(recorded.status()).as("a bearer token needs no CSRF token: %s", recorded.body()).isEqualTo(200);

            RunningLedger.Response none = ledger.anonymous().get("/api/dashboard/now");
            assertThat(none.status()).isEqualTo(401);
            assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
            assertThat(ledger.withAuthorization("Bearer " + token(stranger, "eve", List.of("manager"), 600)).get("/api/dashboard/now").status())
                    .as("signed by another key").isEqualTo(401);
            assertThat(ledger.withAuthorization("Bearer " + token(key, "pat.manager", List.of("manager"), -120)).get("/api/dashboard/now").status())
                    .as("expired").isEqualTo(401);
            assertThat(ledger.get("/api/dashboard/now").status()).as("local users do not sign in behind an issuer").isEqualTo(401);
        } finally {
            issuer.stop(0);
        }
    }

    private static String token(RSAKey key, String user, List<String> roles, int secondsLeft) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().subject("id-" + user).claim("preferred_username", user).claim("roles", roles)
                        .issueTime(new Date()).expirationTime(new Date(System.currentTimeMillis() + secondsLeft * 1000L)).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
