package dev.blog.application.user.port.in;

import dev.blog.domain.user.Bio;
import dev.blog.domain.user.Email;
import dev.blog.domain.user.FullName;
import dev.blog.domain.user.ImageUrl;
import dev.blog.domain.user.Password;
import dev.blog.domain.user.Username;

import java.util.Objects;

/** {@code fullName}, {@code bio} and {@code imageUrl} are optional ({@code null}); the rest is required. */
public record RegisterUserCommand(Username username, Email email, Password password, FullName fullName, Bio bio,
                                  ImageUrl imageUrl) {

    public RegisterUserCommand {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
    }
}
