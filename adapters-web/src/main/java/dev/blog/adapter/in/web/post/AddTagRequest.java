package dev.blog.adapter.in.web.post;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/** The body of {@code POST /api/posts/{id}/tags}; the name is normalised and checked by the domain. */
@Serdeable
public record AddTagRequest(@NotNull String name) {
}
