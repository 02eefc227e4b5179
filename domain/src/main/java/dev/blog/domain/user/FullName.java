package dev.blog.domain.user;

import dev.blog.domain.shared.Text;

public record FullName(String value) {

    public static final int MAX_LENGTH = 100;

    public FullName {
        Text.requireLength("fullName", value, 0, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
