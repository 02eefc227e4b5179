package dev.blog.adapter.in.web.post;

import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.serde.annotation.Serdeable;

/** The view count of a post, this view included. */
@Serdeable
public record ViewCountResponse(@Schema(description = "The views counted so far, this one included", example = "8")
                                long viewCount) {
}
