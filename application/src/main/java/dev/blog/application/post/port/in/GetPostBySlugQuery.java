package dev.blog.application.post.port.in;

import dev.blog.domain.access.Actor;
import dev.blog.domain.post.Slug;

import java.util.Objects;

/** A post, named by its slug, as {@code actor} may see it. */
public record GetPostBySlugQuery(Actor actor, Slug slug) {

    public GetPostBySlugQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(slug, "slug");
    }
}
