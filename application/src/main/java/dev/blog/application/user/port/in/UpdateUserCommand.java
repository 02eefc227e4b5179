package dev.blog.application.user.port.in;

import dev.blog.application.shared.Patch;
import dev.blog.domain.access.Actor;
import dev.blog.domain.user.Bio;
import dev.blog.domain.user.Email;
import dev.blog.domain.user.FullName;
import dev.blog.domain.user.ImageUrl;
import dev.blog.domain.user.Password;
import dev.blog.domain.user.Role;
import dev.blog.domain.user.UserId;
import dev.blog.domain.user.Username;

import java.util.Objects;
import java.util.Optional;

/**
 * A merge patch of a user by {@code actor}: an empty Optional leaves a required field unchanged; the
 * optional fields {@code fullName}, {@code bio} and {@code imageUrl} can also be cleared. {@code currentPassword} proves that
 * the caller knows the password when they change their own password or e-mail address.
 * {@code ifMatch}: the version the caller's change was made on (If-Match), empty to change whatever is current.
 */
public record UpdateUserCommand(Actor actor, UserId id, Optional<Username> username, Optional<Email> email,
                                Optional<Password> password, Optional<Password> currentPassword,
                                Optional<Boolean> active, Optional<Role> role,
                                Patch<FullName> fullName, Patch<Bio> bio, Patch<ImageUrl> imageUrl,
                                Optional<Long> ifMatch) {

    public UpdateUserCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(currentPassword, "currentPassword");
        Objects.requireNonNull(active, "active");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(imageUrl, "imageUrl");
        Objects.requireNonNull(bio, "bio");
        Objects.requireNonNull(ifMatch, "ifMatch");
    }
}
