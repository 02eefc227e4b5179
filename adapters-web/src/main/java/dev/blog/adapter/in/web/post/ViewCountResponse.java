package dev.blog.adapter.in.web.post;

import io.micronaut.serde.annotation.Serdeable;

/** The view count of a post, this view included. */
@Serdeable
public record ViewCountResponse(long viewCount) {
}
