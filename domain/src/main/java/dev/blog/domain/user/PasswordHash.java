package dev.blog.domain.user;

import dev.blog.domain.shared.Text;

/** The stored form of a password; redacted in {@link #toString()} so it cannot leak into a log line. */
public record PasswordHash(String value) {

    public PasswordHash {
        Text.requireNotBlank("passwordHash", value);
    }

    @Override
    public String toString() {
        return "PasswordHash[***]";
    }
}
