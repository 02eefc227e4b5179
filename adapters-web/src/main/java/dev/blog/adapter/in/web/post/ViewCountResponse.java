package dev.blog.adapter.in.web.post;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record ViewCountResponse(long viewCount) {
}
