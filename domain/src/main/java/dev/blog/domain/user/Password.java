package dev.blog.domain.user;

import dev.blog.domain.shared.Text;

/** A password in clear text, alive only between the request and the hasher; never printed. */
public record Password(String value) {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    public Password {
        Text.requireLength("password", value, MIN_LENGTH, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return "Password[***]";
    }
}
