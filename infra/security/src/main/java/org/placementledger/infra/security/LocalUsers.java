package org.placementledger.infra.security;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The users of the embedded default, kept in a JSON file with their passwords hashed (bcrypt). With no
 * administrator in the file (a first start), one is made, {@code admin}, with a one-time password written to
 * the log once: it must be changed before the administrator can do anything else.
 */
public final class LocalUsers implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(LocalUsers.class);
    static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,63}");
    /** No 0/O, 1/l/I: a password read from a log is typed by hand. */
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
    /** Read on every request without a lock; changed only under the lock, by replacing a user whole. */
    private final Map<String, LocalUser> users = new java.util.concurrent.ConcurrentHashMap<>();
    /** The longest password bcrypt takes whole, in UTF-8 bytes. */
    static final int MAX_PASSWORD_BYTES = 72;

    public LocalUsers(Path file, PasswordEncoder encoder, Clock clock) {
        this.file = file;
        this.encoder = encoder;
        this.clock = clock;
        load();
        if (users.values().stream().noneMatch(u -> u.roles().contains(Role.ADMINISTRATOR))) firstAdministrator();
    }

    private void load() {
        if (!Files.exists(file)) return;
        try {
            List<LocalUser> read = json.readValue(file.toFile(), new TypeReference<List<LocalUser>>() {
            });
            for (LocalUser u : read) users.put(u.username(), u);
        } catch (IOException e) {
            throw new IllegalStateException("the users file " + file.toAbsolutePath() + " cannot be read: " + e.getMessage(), e);
        }
    }

    private void firstAdministrator() {
        String name = "admin";
        for (int n = 2; users.containsKey(name); n++) name = "admin-" + n;
        String password = generatePassword();
        Map<String, LocalUser> next = new LinkedHashMap<>(users);
        next.put(name, new LocalUser(name, encoder.encode(password), Set.of(Role.ADMINISTRATOR), true, clock.instant()));
        save(next);
        // The only time this password is anywhere in clear: the file holds its hash.
        log.warn("First administrator '{}' created with the one-time password {} . Sign in and change it "
                + "(POST /api/account/password); until then it can do nothing else. Users are kept in {}", name, password, file.toAbsolutePath());
    }

    static String generatePassword() {
        StringBuilder out = new StringBuilder(20);
        for (int i = 0; i < 20; i++) out.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        return out.toString();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        LocalUser user = users.get(username);
        if (user == null) throw new UsernameNotFoundException("no such user");
        return User.withUsername(user.username()).password(user.passwordHash())
                .authorities(user.roles().stream().map(Role::authority).toArray(String[]::new)).build();
    }

    public Optional<LocalUser> find(String username) {
        return Optional.ofNullable(users.get(username));
    }

    public List<LocalUser> all() {
        List<LocalUser> out = new ArrayList<>(users.values());
        out.sort(Comparator.comparing(LocalUser::username));
        return out;
    }

    /**
     * Adds a user with a one-time password made here and returned once; refuses a name already taken.
     */
    public synchronized String add(String username, Collection<Role> roles) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidUser("username", "a username is 2 to 64 letters, digits or . _ @ -, starting with a letter or digit");
        }
        if (users.containsKey(username)) throw new InvalidUser("username", "user " + username + " already exists");
        if (roles == null || roles.isEmpty()) throw new InvalidUser("roles", "a user needs at least one role");
        String password = generatePassword();
        Map<String, LocalUser> next = new LinkedHashMap<>(users);
        next.put(username, new LocalUser(username, encoder.encode(password), Set.copyOf(roles), true, clock.instant()));
        save(next);
        return password;
    }

    /** A new one-time password for a user who lost theirs, returned once. */
    public synchronized String reset(String username) {
        LocalUser user = users.get(username);
        if (user == null) throw new InvalidUser("username", "no user " + username);
        String password = generatePassword();
        Map<String, LocalUser> next = new LinkedHashMap<>(users);
        next.put(username, user.withPassword(encoder.encode(password), true));
        save(next);
        return password;
    }

    public synchronized void remove(String username, String by) {
        LocalUser user = users.get(username);
        if (user == null) throw new InvalidUser("username", "no user " + username);
        if (username.equals(by)) throw new InvalidUser("username", "an administrator cannot remove themselves");
        Map<String, LocalUser> next = new LinkedHashMap<>(users);
        next.remove(username);
        save(next);
    }

    /**
     * The user's own choice of password, given their current one. The hashing (deliberately slow) is done
     * outside the lock, so that nobody's sign-in waits on it.
     */
    public void changePassword(String username, String current, String chosen) {
        LocalUser user = users.get(username);
        if (user == null || current == null || !encoder.matches(current, user.passwordHash())) {
            throw new InvalidUser("currentPassword", "the current password is not right");
        }
        if (chosen == null || chosen.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidUser("newPassword", "a password has at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (chosen.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidUser("newPassword", "a password has at most " + MAX_PASSWORD_BYTES + " bytes (about as many letters)");
        }
        if (chosen.equals(current)) throw new InvalidUser("newPassword", "the new password is the current one");
        String hash = encoder.encode(chosen);
        synchronized (this) {
            if (users.get(username) != user) throw new InvalidUser("currentPassword", "the account changed meanwhile: sign in again");
            Map<String, LocalUser> next = new LinkedHashMap<>(users);
            next.put(username, user.withPassword(hash, false));
            save(next);
        }
    }

    /**
     * The users as they are to be, written whole to a file beside the users file (readable by its owner only,
     * forced to disk), then moved over it: a crash leaves the old file or the new, never half. Only once it is
     * written do the users in memory change, so a failed write changes nothing.
     */
    private synchronized void save(Map<String, LocalUser> next) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path written = file.resolveSibling(file.getFileName() + ".next");
            byte[] bytes = json.writeValueAsBytes(new ArrayList<>(next.values()));
            try (java.nio.channels.FileChannel out = java.nio.channels.FileChannel.open(written, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE)) {
                out.write(java.nio.ByteBuffer.wrap(bytes));
                out.force(true);
            }
            ownerOnly(written);
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("the users file " + file.toAbsolutePath() + " cannot be written", e);
        }
        users.keySet().retainAll(next.keySet());
        users.putAll(next);
    }

    private static void ownerOnly(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // A file system without POSIX permissions (Windows): its folder's permissions apply.
        }
    }

    /** A request about users that cannot be done, naming the field at fault. */
    public static final class InvalidUser extends org.placementledger.infra.web.InvalidField {
        InvalidUser(String field, String message) {
            super(field, message);
        }
    }
}
