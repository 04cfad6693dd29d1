package org.placementledger.infra.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Failed sign-ins and the locks they earn, on a clock the scenarios move. */
class SignInThrottleTest {

    private static final String OFFICE = "10.0.0.7";

    /** A clock that stands still until told to move. */
    private static final class Hands extends Clock {
        private Instant now = Instant.parse("2026-12-07T09:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final Hands clock = new Hands();
    private final SignInThrottle throttle = new SignInThrottle(
            new SignInThrottle.Policy(5, 20, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1)), clock);

    private SignInThrottle.Outcome wrong(String user) {
        return throttle.failed(user, OFFICE);
    }

    @Test
    void a_user_may_mistype_four_times_and_the_fifth_failure_locks_sign_in_for_thirty_seconds() {
        for (int i = 1; i <= 4; i++) {
            assertThat(wrong("sam")).isEqualTo(new SignInThrottle.Counted(i, i));
            assertThat(throttle.refuses("sam", OFFICE)).isEmpty();
        }
        SignInThrottle.Outcome fifth = wrong("sam");
        assertThat(fifth).isInstanceOf(SignInThrottle.Locked.class);
        SignInThrottle.Lock lock = ((SignInThrottle.Locked) fifth).lock();
        assertThat(lock.scope()).isEqualTo(SignInThrottle.Scope.USER);
        assertThat(lock.until()).isEqualTo(clock.instant().plusSeconds(30));
        assertThat(throttle.refuses("sam", "192.0.2.1")).as("from any address").contains(lock);
        assertThat(throttle.refuses("alex", OFFICE)).as("another user from the same address").isEmpty();
        assertThat(throttle.locks()).containsExactly(lock);
        assertThat(throttle.refusals()).isEqualTo(1);
    }

    @Test
    void the_right_password_works_once_the_lock_is_over_and_starts_the_user_again_from_nothing() {
        for (int i = 0; i < 5; i++) wrong("sam");
        clock.move(Duration.ofSeconds(29));
        assertThat(throttle.refuses("sam", OFFICE)).isPresent();
        clock.move(Duration.ofSeconds(1));
        assertThat(throttle.refuses("sam", OFFICE)).isEmpty();
        throttle.succeeded("sam");
        assertThat(throttle.failuresOf("sam")).isZero();
        for (int i = 0; i < 4; i++) assertThat(wrong("sam")).isInstanceOf(SignInThrottle.Counted.class);
    }

    @Test
    void each_failure_after_a_lock_doubles_the_next_lock_up_to_fifteen_minutes() {
        for (int i = 0; i < 5; i++) wrong("sam");
        Duration[] expected = {Duration.ofSeconds(60), Duration.ofSeconds(120), Duration.ofSeconds(240), Duration.ofSeconds(480),
                Duration.ofMinutes(15), Duration.ofMinutes(15)};
        Duration last = Duration.ofSeconds(30);
        for (Duration lock : expected) {
            clock.move(last);
            SignInThrottle.Lock next = ((SignInThrottle.Locked) wrong("sam")).lock();
            assertThat(next.left(clock.instant())).isEqualTo(lock);
            last = lock;
        }
        assertThat(throttle.locksStarted(SignInThrottle.Scope.USER)).isEqualTo(7);
    }

    @Test
    void one_address_trying_many_users_is_locked_for_every_user_after_twenty_failures() {
        for (int i = 1; i <= 19; i++) assertThat(wrong("user" + i)).isInstanceOf(SignInThrottle.Counted.class);
        SignInThrottle.Lock lock = ((SignInThrottle.Locked) wrong("user20")).lock();
        assertThat(lock.scope()).isEqualTo(SignInThrottle.Scope.ADDRESS);
        assertThat(lock.key()).isEqualTo(OFFICE);
        assertThat(throttle.refuses("someone.else", OFFICE)).contains(lock);
        assertThat(throttle.refuses("someone.else", "192.0.2.1")).as("another address").isEmpty();
        assertThat(throttle.lockedNow(SignInThrottle.Scope.ADDRESS)).isEqualTo(1);
    }

    @Test
    void a_success_from_the_address_does_not_clear_its_count_so_one_own_account_cannot_hide_a_guesser() {
        for (int i = 1; i <= 19; i++) {
            wrong("user" + i);
            throttle.succeeded("my.own.account");
        }
        assertThat(wrong("user20")).isInstanceOf(SignInThrottle.Locked.class);
    }

    @Test
    void failures_are_forgotten_after_an_hour_without_one() {
        for (int i = 0; i < 4; i++) wrong("sam");
        clock.move(Duration.ofMinutes(59));
        assertThat(wrong("sam")).as("still remembered").isInstanceOf(SignInThrottle.Locked.class);
        clock.move(Duration.ofSeconds(30).plus(Duration.ofHours(1)));
        assertThat(throttle.failuresOf("sam")).isZero();
        assertThat(wrong("sam")).isEqualTo(new SignInThrottle.Counted(1, 1));
    }

    @Test
    void an_administrator_lifts_a_lock() {
        for (int i = 0; i < 5; i++) wrong("sam");
        assertThat(throttle.unlock(SignInThrottle.Scope.USER, "sam")).isTrue();
        assertThat(throttle.refuses("sam", OFFICE)).isEmpty();
        assertThat(throttle.locks()).isEmpty();
    }

    @Test
    void a_policy_that_could_never_lock_or_would_forget_a_lock_is_refused() {
        assertThatThrownBy(() -> new SignInThrottle.Policy(0, 20, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1)))
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new SignInThrottle.Policy(5, 20, Duration.ofMinutes(30), Duration.ofMinutes(15), Duration.ofHours(1)))
                .hasMessageContaining("longest at least the first");
        assertThatThrownBy(() -> new SignInThrottle.Policy(5, 20, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofMinutes(5)))
                .hasMessageContaining("remembered");
    }

    @Test
    void a_typed_name_is_made_safe_for_the_log() {
        assertThat(SignInOutcomes.printable("sam\nFAKE LOG LINE")).isEqualTo("sam?FAKE LOG LINE");
        assertThat(SignInOutcomes.printable("x".repeat(100))).hasSize(67);
        assertThat(SignInThrottleFilter.basicUsername("Basic " + java.util.Base64.getEncoder().encodeToString("sam:pw:with:colons".getBytes())))
                .isEqualTo("sam");
        assertThat(SignInThrottleFilter.basicUsername("Basic !!!")).isNull();
        assertThat(SignInThrottleFilter.basicUsername("Bearer abc")).isNull();
    }
}
