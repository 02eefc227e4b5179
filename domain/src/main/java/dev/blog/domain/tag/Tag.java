package dev.blog.domain.tag;

import java.util.Objects;

/** A stored tag. Tags come into being when a post first uses their name and outlive the posts using them. */
public record Tag(TagId id, TagName name) {

    public Tag {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
