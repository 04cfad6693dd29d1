package org.placementledger.infra.security;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalUsersTest {

    @TempDir
    Path dir;
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        ((Logger) LoggerFactory.getLogger(LocalUsers.class)).addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        ((Logger) LoggerFactory.getLogger(LocalUsers.class)).detachAppender(logged);
    }

    @Test
    void a_first_start_makes_an_administrator_whose_one_time_password_is_logged_once_and_stored_only_as_a_hash() throws Exception {
        Path file = dir.resolve("users.json");
        LocalUsers users = new LocalUsers(file, encoder, Clock.systemUTC());
        String password = loggedPassword();
        LocalUser admin = users.find("admin").orElseThrow();
        assertThat(admin.roles()).containsExactly(Role.ADMINISTRATOR);
        assertThat(admin.mustChangePassword()).isTrue();
        assertThat(encoder.matches(password, admin.passwordHash())).isTrue();
        assertThat(Files.readString(file)).doesNotContain(password).contains("{bcrypt}");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .as("readable by its owner only").isEqualTo("rw-------");

        new LocalUsers(file, encoder, Clock.systemUTC());
        assertThat(logged.list).as("a second start makes no administrator and prints no password").hasSize(1);
    }

    @Test
    void a_one_time_password_is_changed_for_one_of_the_users_own_and_bad_choices_are_refused_with_the_field() {
        LocalUsers users = new LocalUsers(dir.resolve("users.json"), encoder, Clock.systemUTC());
        String password = loggedPassword();
        assertThatThrownBy(() -> users.changePassword("admin", "wrong", "a-long-enough-password"))
                .isInstanceOfSatisfying(LocalUsers.InvalidUser.class, e -> assertThat(e.field()).isEqualTo("currentPassword"));
        assertThatThrownBy(() -> users.changePassword("admin", password, "short"))
                .isInstanceOfSatisfying(LocalUsers.InvalidUser.class, e -> assertThat(e.field()).isEqualTo("newPassword"));
        assertThatThrownBy(() -> users.changePassword("admin", password, "a passphrase far longer than bcrypt can take whole, ".repeat(2)))
                .isInstanceOfSatisfying(LocalUsers.InvalidUser.class, e -> assertThat(e.field()).isEqualTo("newPassword"));
        users.changePassword("admin", password, "a-long-enough-password");
        LocalUser admin = users.find("admin").orElseThrow();
        assertThat(admin.mustChangePassword()).isFalse();
        assertThat(encoder.matches("a-long-enough-password", admin.passwordHash())).isTrue();
        assertThat(new LocalUsers(dir.resolve("users.json"), encoder, Clock.systemUTC()).find("admin").orElseThrow().mustChangePassword())
                .as("kept in the file").isFalse();
    }

    @Test
    void an_administrator_adds_users_with_roles_and_a_name_taken_or_no_role_is_refused() {
        LocalUsers users = new LocalUsers(dir.resolve("users.json"), encoder, Clock.systemUTC());
        String given = users.add("sam.recorder", List.of(Role.RECORDER));
        assertThat(users.loadUserByUsername("sam.recorder").getAuthorities()).extracting(Object::toString).containsExactly("ROLE_RECORDER");
        assertThat(encoder.matches(given, users.find("sam.recorder").orElseThrow().passwordHash())).isTrue();
        assertThatThrownBy(() -> users.add("sam.recorder", List.of(Role.MANAGER))).hasMessageContaining("already exists");
        assertThatThrownBy(() -> users.add("pat", List.of()))
                .isInstanceOfSatisfying(LocalUsers.InvalidUser.class, e -> assertThat(e.field()).isEqualTo("roles"));
        assertThatThrownBy(() -> users.add("bad name!", List.of(Role.MANAGER)))
                .isInstanceOfSatisfying(LocalUsers.InvalidUser.class, e -> assertThat(e.field()).isEqualTo("username"));
        assertThatThrownBy(() -> users.remove("admin", "admin")).hasMessageContaining("cannot remove themselves");
    }

    private String loggedPassword() {
        assertThat(logged.list).hasSize(1);
        Matcher m = Pattern.compile("one-time password (\\S+)").matcher(logged.list.get(0).getFormattedMessage());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
