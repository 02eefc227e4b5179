package dev.blog.application.access.port.in;

import dev.blog.domain.user.Email;
import dev.blog.domain.user.Password;
import dev.blog.domain.user.Username;

import java.util.Objects;

/** The first admin, from the service's configuration. */
public record EnsureAdminCommand(Username username, Email email, Password password) {

    public EnsureAdminCommand {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
    }
}
