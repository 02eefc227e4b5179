package dev.blog.bootstrap.access;

import dev.blog.application.access.port.in.EnsureAdminCommand;
import dev.blog.application.access.port.in.EnsureAdminUseCase;
import dev.blog.domain.user.Email;
import dev.blog.domain.user.Password;
import dev.blog.domain.user.User;
import dev.blog.domain.user.Username;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first admin, from {@code BLOG_ADMIN_USERNAME}, {@code BLOG_ADMIN_EMAIL} and {@code BLOG_ADMIN_PASSWORD}:
 * created as an admin when there is no such user, made an admin when there is (their password is left
 * alone). Runs at every start; without {@code BLOG_ADMIN_USERNAME} it does nothing.
 */
@Singleton
@Requires(property = "blog.admin.username")
final class AdminBootstrap implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final EnsureAdminUseCase ensureAdmin;
    private final String username;
    private final String email;
    private final String password;

    AdminBootstrap(EnsureAdminUseCase ensureAdmin,
                   @Value("${blog.admin.username}") String username,
                   @Value("${blog.admin.email:}") String email,
                   @Value("${blog.admin.password:}") String password) {
        this.ensureAdmin = ensureAdmin;
        this.username = username;
        this.email = email;
        this.password = password;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (email.isEmpty() || password.isEmpty()) {
            throw new ConfigurationException(
                    "BLOG_ADMIN_USERNAME is set, so BLOG_ADMIN_EMAIL and BLOG_ADMIN_PASSWORD must be set too");
        }
        User admin = ensureAdmin.ensureAdmin(new EnsureAdminCommand(new Username(username), new Email(email),
                new Password(password)));
        LOG.info("Admin '{}' (id {}) is ready", admin.username(), admin.requireId());
    }
}
