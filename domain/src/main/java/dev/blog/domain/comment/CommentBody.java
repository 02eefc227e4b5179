package dev.blog.domain.comment;

import dev.blog.domain.shared.Text;

/** What a reader says about a post: 1 to 5000 characters, not only blanks. */
public record CommentBody(String value) {

    public static final int MAX_LENGTH = 5000;

    public CommentBody {
        Text.requireLength("body", value, 1, MAX_LENGTH);
        Text.requireNotBlank("body", value);
    }

    /** Shortened: a whole comment in a log line would drown everything else. */
    @Override
    public String toString() {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}
