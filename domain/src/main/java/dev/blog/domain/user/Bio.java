package dev.blog.domain.user;

import dev.blog.domain.shared.Text;

public record Bio(String value) {

    public static final int MAX_LENGTH = 2000;

    public Bio {
        Text.requireLength("bio", value, 0, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
