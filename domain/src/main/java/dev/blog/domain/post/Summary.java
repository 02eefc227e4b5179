package dev.blog.domain.post;

import dev.blog.domain.shared.Text;

/** The author's own summary of a post, shown in lists instead of an excerpt of the content. */
public record Summary(String value) {

    public static final int MAX_LENGTH = 500;

    public Summary {
        Text.requireLength("summary", value, 1, MAX_LENGTH);
        Text.requireNotBlank("summary", value);
    }
}
