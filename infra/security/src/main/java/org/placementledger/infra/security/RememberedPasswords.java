package org.placementledger.infra.security;

import org.springframework.security.crypto.password.PasswordEncoder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checking a bcrypt hash is slow on purpose (about 65 ms here), and an API client signing in with HTTP Basic
 * pays it on every request. A password that matched its stored hash is remembered for a few minutes, as a keyed
 * hash (HMAC, under a key made at start and never stored) of the stored hash and the password, so the next
 * request with the same password checks in microseconds. Only matches are remembered; a changed password has a
 * new stored hash and is checked afresh; a removed user is refused before any check.
 */
final class RememberedPasswords implements PasswordEncoder {

    private static final int MAX_REMEMBERED = 10_000;

    private final PasswordEncoder delegate;
    private final long rememberNanos;
    private final SecretKeySpec key;
    private final Map<String, Long> matchedUntil = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > MAX_REMEMBERED;
        }
    };

    RememberedPasswords(PasswordEncoder delegate, java.time.Duration remember) {
        this.delegate = delegate;
        this.rememberNanos = remember.toNanos();
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence raw) {
        return delegate.encode(raw);
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
        if (raw == null || encoded == null) return delegate.matches(raw, encoded);
        String remembered = fingerprint(raw, encoded);
        long now = System.nanoTime();
        synchronized (matchedUntil) {
            Long until = matchedUntil.get(remembered);
            if (until != null && until - now > 0) return true;
        }
        boolean matched = delegate.matches(raw, encoded);
        if (matched) {
            synchronized (matchedUntil) {
                matchedUntil.put(remembered, now + rememberNanos);
            }
        }
        return matched;
    }

    @Override
    public boolean upgradeEncoding(String encoded) {
        return delegate.upgradeEncoding(encoded);
    }

    private String fingerprint(CharSequence raw, String encoded) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(encoded.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(raw.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
