package dev.blog.domain.post;

import dev.blog.domain.shared.Text;

public record Content(String value) {

    public static final int MAX_LENGTH = 100_000;

    public Content {
        Text.requireLength("content", value, 1, MAX_LENGTH);
        Text.requireNotBlank("content", value);
    }

    /** Shortened: a whole post in a log line would drown everything else. */
    @Override
    public String toString() {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}
