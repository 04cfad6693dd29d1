package org.placementledger.infra.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RememberedPasswordsTest {

    /** Counts the slow checks it is asked to make. */
    private static final class Counting implements PasswordEncoder {
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return "hash-of-" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return encoded.equals("hash-of-" + raw);
        }
    }

    @Test
    void a_password_that_matched_is_not_checked_again_but_a_wrong_one_always_is() {
        Counting slow = new Counting();
        PasswordEncoder remembered = new RememberedPasswords(slow, Duration.ofMinutes(5));
        for (int i = 0; i < 10; i++) assertThat(remembered.matches("right password", "hash-of-right password")).isTrue();
        assertThat(slow.checks).as("checked once, then remembered").hasValue(1);
        for (int i = 0; i < 3; i++) assertThat(remembered.matches("wrong password", "hash-of-right password")).isFalse();
        assertThat(slow.checks).as("a wrong password is checked every time").hasValue(4);
    }

    @Test
    void a_changed_password_is_checked_against_its_new_hash_and_the_old_one_no_longer_passes() {
        Counting slow = new Counting();
        PasswordEncoder remembered = new RememberedPasswords(slow, Duration.ofMinutes(5));
        assertThat(remembered.matches("old password", "hash-of-old password")).isTrue();
        assertThat(remembered.matches("old password", "hash-of-new password")).as("the stored hash changed").isFalse();
        assertThat(remembered.matches("new password", "hash-of-new password")).isTrue();
    }

    @Test
    void what_is_remembered_is_forgotten_after_its_time() throws Exception {
        Counting slow = new Counting();
        PasswordEncoder remembered = new RememberedPasswords(slow, Duration.ofMillis(50));
        remembered.matches("right password", "hash-of-right password");
        Thread.sleep(120);
        remembered.matches("right password", "hash-of-right password");
        assertThat(slow.checks).hasValue(2);
    }
}
