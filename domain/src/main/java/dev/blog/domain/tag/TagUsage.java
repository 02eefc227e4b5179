package dev.blog.domain.tag;

import java.util.Objects;

/** A tag with the number of posts that carry it. */
public record TagUsage(Tag tag, long postCount) {

    public TagUsage {
        Objects.requireNonNull(tag, "tag");
        if (postCount < 0) {
            throw new IllegalArgumentException("postCount must not be negative");
        }
    }
}
