package org.placementledger.infra.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Failed sign-ins counted per user and per client address, and the temporary locks they earn. A user's first
 * few failures in a row cost nothing (a mistyped password); the next one locks sign-in for that user for a
 * while, and each failure after a lock doubles it, up to a ceiling. An address gets more free failures (an
 * office signs in from one address) and is locked the same way, for every user it tries. While locked, every
 * attempt is refused without checking the password, so a guesser learns nothing and costs no hashing; the
 * right password works again once the lock is over. A success clears the user's count, never the address's:
 * an attacker with one account of their own could otherwise clear it between guesses. Counts are forgotten
 * after a quiet spell. Plain Java: the clock decides, so the tests can move it.
 */
public final class SignInThrottle {

    /** Who a count belongs to. */
    public enum Scope { USER, ADDRESS }

    /**
     * @param userFailures    failures in a row a user may have before a lock
     * @param addressFailures failures from one address (any users) before a lock
     * @param firstLock       the first lock; each further failure after a lock doubles it
     * @param longestLock     the ceiling of a lock
     * @param forgetAfter     a count with no failure for this long starts again from nothing
     */
    public record Policy(int userFailures, int addressFailures, Duration firstLock, Duration longestLock, Duration forgetAfter) {
        public Policy {
            if (userFailures < 1 || addressFailures < 1) throw new IllegalArgumentException("sign-in failures before a lock must be at least 1");
            if (firstLock.isNegative() || firstLock.isZero() || longestLock.compareTo(firstLock) < 0) {
                throw new IllegalArgumentException("a sign-in lock is positive, and the longest at least the first");
            }
            if (forgetAfter.compareTo(longestLock) < 0) throw new IllegalArgumentException("sign-in failures are remembered at least as long as the longest lock");
        }

        int allowed(Scope scope) {
            return scope == Scope.USER ? userFailures : addressFailures;
        }
    }

    /** A lock in force: who, how many failures earned it, and when it ends. */
    public record Lock(Scope scope, String key, int failures, Instant until) {
        public Duration left(Instant now) {
            return Duration.between(now, until);
        }
    }

    /** What a failure did: nothing more than count, or start a lock. */
    public sealed interface Outcome permits Counted, Locked {
    }

    public record Counted(int userFailures, int addressFailures) implements Outcome {
    }

    public record Locked(Lock lock) implements Outcome {
    }

    /** Keys held per scope: enough for every real user and address, bounded against a flood of made-up names. */
    private static final int MAX_KEYS = 20_000;

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }

    private final Policy policy;
    private final Clock clock;
    private final Map<Scope, Map<String, Failures>> counts;
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong userLocks = new AtomicLong();
    private final AtomicLong addressLocks = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    public SignInThrottle(Policy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
        this.counts = Map.of(Scope.USER, keys(), Scope.ADDRESS, keys());
    }

    /** The lock that refuses this attempt (the user's first, then the address's), if any; a refusal is counted. */
    public Optional<Lock> refuses(String username, String address) {
        Instant now = clock.instant();
        Optional<Lock> lock = lockOf(Scope.USER, username, now).or(() -> lockOf(Scope.ADDRESS, address, now));
        lock.ifPresent(l -> refused.incrementAndGet());
        return lock;
    }

    /** A wrong password (or an unknown user: they are counted alike, so a guesser cannot tell them apart). */
    public Outcome failed(String username, String address) {
        Instant now = clock.instant();
        failures.incrementAndGet();
        Failures user = count(Scope.USER, username, now);
        Failures from = count(Scope.ADDRESS, address, now);
        // The user's lock is the one to tell of when both start at once: it is the one the user sees.
        if (started(user)) {
            userLocks.incrementAndGet();
            if (started(from)) addressLocks.incrementAndGet();
            return new Locked(new Lock(Scope.USER, username, user.count(), user.lockedUntil()));
        }
        if (started(from)) {
            addressLocks.incrementAndGet();
            return new Locked(new Lock(Scope.ADDRESS, address, from.count(), from.lockedUntil()));
        }
        return new Counted(user == null ? 0 : user.count(), from == null ? 0 : from.count());
    }

    /** The right password: the user starts again from nothing. */
    public void succeeded(String username) {
        if (username == null) return;
        Map<String, Failures> users = counts.get(Scope.USER);
        synchronized (users) {
            users.remove(username);
        }
    }

    /** An administrator lifts a user's lock (a reset password does too). */
    public boolean unlock(Scope scope, String key) {
        Map<String, Failures> keys = counts.get(scope);
        synchronized (keys) {
            return keys.remove(key) != null;
        }
    }

    /** The locks in force now, users first. */
    public List<Lock> locks() {
        Instant now = clock.instant();
        List<Lock> out = new ArrayList<>();
        for (Scope scope : Scope.values()) {
            Map<String, Failures> keys = counts.get(scope);
            synchronized (keys) {
                keys.forEach((key, f) -> {
                    if (f.lockedUntil() != null && f.lockedUntil().isAfter(now)) out.add(new Lock(scope, key, f.count(), f.lockedUntil()));
                });
            }
        }
        return out;
    }

    /** Failures in a row of a user not locked now (zero when none or forgotten). */
    public int failuresOf(String username) {
        Map<String, Failures> users = counts.get(Scope.USER);
        synchronized (users) {
            Failures f = users.get(username);
            return f == null || forgotten(f, clock.instant()) ? 0 : f.count();
        }
    }

    public long failures() {
        return failures.get();
    }

    public long locksStarted(Scope scope) {
        return scope == Scope.USER ? userLocks.get() : addressLocks.get();
    }

    public long refusals() {
        return refused.get();
    }

    public long lockedNow(Scope scope) {
        return locks().stream().filter(l -> l.scope() == scope).count();
    }

    private Optional<Lock> lockOf(Scope scope, String key, Instant now) {
        if (key == null) return Optional.empty();
        Map<String, Failures> keys = counts.get(scope);
        synchronized (keys) {
            Failures f = keys.get(key);
            return f != null && f.lockedUntil() != null && f.lockedUntil().isAfter(now)
                    ? Optional.of(new Lock(scope, key, f.count(), f.lockedUntil())) : Optional.empty();
        }
    }

    private Failures count(Scope scope, String key, Instant now) {
        if (key == null) return null;
        Map<String, Failures> keys = counts.get(scope);
        synchronized (keys) {
            Failures before = keys.get(key);
            int count = before == null || forgotten(before, now) ? 1 : before.count() + 1;
            int over = count - policy.allowed(scope);
            Instant until = over < 0 ? null : now.plus(lockFor(over));
            Failures after = new Failures(count, now, until);
            keys.put(key, after);
            return after;
        }
    }

    /** The first lock, doubled for each failure beyond the one that earned it, up to the ceiling. */
    Duration lockFor(int beyond) {
        Duration lock = policy.firstLock();
        for (int i = 0; i < beyond && lock.compareTo(policy.longestLock()) < 0; i++) lock = lock.multipliedBy(2);
        return lock.compareTo(policy.longestLock()) > 0 ? policy.longestLock() : lock;
    }

    /** Every failure from the allowed number on starts a lock (a longer one each time). */
    private static boolean started(Failures f) {
        return f != null && f.lockedUntil() != null;
    }

    private boolean forgotten(Failures f, Instant now) {
        Instant quietFrom = f.lockedUntil() != null && f.lockedUntil().isAfter(f.last()) ? f.lockedUntil() : f.last();
        return !quietFrom.plus(policy.forgetAfter()).isAfter(now);
    }

    /** Oldest first, so that a flood of made-up names pushes out the stalest counts, never a lock in force. */
    private Map<String, Failures> keys() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                Instant until = eldest.getValue().lockedUntil();
                return size() > MAX_KEYS && (until == null || !until.isAfter(clock.instant()));
            }
        };
    }
}
