package dev.blog.domain.post;

import dev.blog.domain.shared.Text;

public record Title(String value) {

    public static final int MAX_LENGTH = 200;

    public Title {
        Text.requireLength("title", value, 1, MAX_LENGTH);
        Text.requireNotBlank("title", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
