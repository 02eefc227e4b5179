package dev.blog.application.user.port.in;

import dev.blog.application.shared.Patch;
import dev.blog.domain.user.Bio;
import dev.blog.domain.user.Email;
import dev.blog.domain.user.FullName;
import dev.blog.domain.user.Password;
import dev.blog.domain.user.UserId;
import dev.blog.domain.user.Username;

import java.util.Objects;
import java.util.Optional;

/**
 * A merge patch of a user: an empty Optional leaves a required field unchanged; the optional fields
 * {@code fullName} and {@code bio} can also be cleared.
 */
public record UpdateUserCommand(UserId id, Optional<Username> username, Optional<Email> email,
                                Optional<Password> password, Optional<Boolean> active,
                                Patch<FullName> fullName, Patch<Bio> bio) {

    public UpdateUserCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(active, "active");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(bio, "bio");
    }
}
