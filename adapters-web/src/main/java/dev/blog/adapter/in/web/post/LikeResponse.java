package dev.blog.adapter.in.web.post;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A post's likes after the caller liked or unliked it. */
@Serdeable
public record LikeResponse(@Schema(description = "How many users like the post now", example = "12") long likeCount,
                           @Schema(description = "Whether the caller likes it now", example = "true") boolean likedByMe) {
}
