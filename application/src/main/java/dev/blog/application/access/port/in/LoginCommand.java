package dev.blog.application.access.port.in;

import dev.blog.domain.shared.Text;
import dev.blog.domain.user.Email;
import dev.blog.domain.user.Password;

import java.util.Objects;

/** {@code login} is a username or an e-mail address, in any case. */
public record LoginCommand(String login, Password password) {

    public LoginCommand {
        Text.requireLength("login", login, 1, Email.MAX_LENGTH);
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "LoginCommand[login=" + login + "]";
    }
}
