package dev.blog.application.tag.port.in;

import dev.blog.domain.access.Actor;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.tag.TagName;

import java.util.Objects;

public record ListTagPostsQuery(Actor actor, TagName tag, PageRequest page) {

    public ListTagPostsQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(page, "page");
    }
}
