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
    private final Map<String, LocalUser> users = new LinkedHashMap<>();

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
        String name = users.containsKey("admin") ? "admin-" + users.size() : "admin";
        String password = generatePassword();
        users.put(name, new LocalUser(name, encoder.encode(password), Set.of(Role.ADMINISTRATOR), true, clock.instant()));
        save();
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
    public synchronized UserDetails loadUserByUsername(String username) {
        LocalUser user = users.get(username);
        if (user == null) throw new UsernameNotFoundException("no such user");
        return User.withUsername(user.username()).password(user.passwordHash())
                .authorities(user.roles().stream().map(Role::authority).toArray(String[]::new)).build();
    }

    public synchronized Optional<LocalUser> find(String username) {
        return Optional.ofNullable(users.get(username));
    }

    public synchronized List<LocalUser> all() {
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
        users.put(username, new LocalUser(username, encoder.encode(password), Set.copyOf(roles), true, clock.instant()));
        save();
        return password;
    }

    /** A new one-time password for a user who lost theirs, returned once. */
    public synchronized String reset(String username) {
        LocalUser user = users.get(username);
        if (user == null) throw new InvalidUser("username", "no user " + username);
        String password = generatePassword();
        users.put(username, user.withPassword(encoder.encode(password), true));
        save();
        return password;
    }

    public synchronized void remove(String username, String by) {
        LocalUser user = users.get(username);
        if (user == null) throw new InvalidUser("username", "no user " + username);
        if (username.equals(by)) throw new InvalidUser("username", "an administrator cannot remove themselves");
        users.remove(username);
        save();
    }

    /** The user's own choice of password, given their current one. */
    public synchronized void changePassword(String username, String current, String chosen) {
        LocalUser user = users.get(username);
        if (user == null || current == null || !encoder.matches(current, user.passwordHash())) {
            throw new InvalidUser("currentPassword", "the current password is not right");
        }
        if (chosen == null || chosen.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidUser("newPassword", "a password has at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (chosen.equals(current)) throw new InvalidUser("newPassword", "the new password is the current one");
        users.put(username, user.withPassword(encoder.encode(chosen), false));
        save();
    }

    /** Written whole to a file beside it, then moved over it: a crash leaves the old file or the new, never half. */
    private void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path next = file.resolveSibling(file.getFileName() + ".next");
            json.writeValue(next.toFile(), new ArrayList<>(users.values()));
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("the users file " + file.toAbsolutePath() + " cannot be written", e);
        }
    }

    /** A request about users that cannot be done, naming the field at fault. */
    public static final class InvalidUser extends RuntimeException {
        private final String field;

        InvalidUser(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
