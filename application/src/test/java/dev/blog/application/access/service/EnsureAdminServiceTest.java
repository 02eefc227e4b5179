package dev.blog.application.access.service;

import dev.blog.application.access.port.in.EnsureAdminCommand;
import dev.blog.application.shared.CountingTransactions;
import dev.blog.domain.user.Email;
import dev.blog.domain.user.Password;
import dev.blog.domain.user.Role;
import dev.blog.domain.user.User;
import dev.blog.domain.user.Username;
import dev.blog.testsupport.user.FakePasswordHasher;
import dev.blog.testsupport.user.InMemoryUserRepository;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static dev.blog.testsupport.user.Users.newUser;
import static org.assertj.core.api.Assertions.assertThat;

class EnsureAdminServiceTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:15:30.123Z");
    private static final EnsureAdminCommand ROOT = new EnsureAdminCommand(new Username("root"),
            new Email("root@example.com"), new Password("root-password"));

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final EnsureAdminService service = new EnsureAdminService(users, hasher, new CountingTransactions(),
            Clock.fixed(T0, ZoneOffset.UTC));

    @Test
    void a_missing_admin_is_created_with_the_configured_password() {
        User admin = service.ensureAdmin(ROOT);

        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.active()).isTrue();
        assertThat(admin.email()).isEqualTo(ROOT.email());
        assertThat(hasher.matches(ROOT.password(), admin.passwordHash())).isTrue();
        assertThat(users.findById(admin.requireId())).contains(admin);
    }

    @Test
    void an_existing_user_is_made_an_active_admin_and_keeps_their_password() {
        User root = users.create(newUser("root", T0).changeActive(false, T0));

        User admin = service.ensureAdmin(ROOT);

        assertThat(admin.requireId()).isEqualTo(root.requireId());
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.active()).isTrue();
        assertThat(admin.passwordHash()).isEqualTo(root.passwordHash());
        assertThat(service.ensureAdmin(ROOT)).as("a second start changes nothing").isEqualTo(admin);
    }
}
