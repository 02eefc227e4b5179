package dev.blog.adapter.in.web.comment;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.blog.adapter.in.web.post.AuthorResponse;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A comment with its author. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CommentResponse(@Schema(example = "314") long id,
                              @Schema(description = "The post it is on", example = "42") long postId,
                              @Schema(example = "Thanks, this saved me an afternoon.") String body,
                              AuthorResponse author,
                              @Schema(format = "date-time", example = "2026-11-20T10:15:30.123Z") String createdAt,
                              @Schema(format = "date-time", example = "2026-11-20T10:15:30.123Z") String updatedAt) {
}
