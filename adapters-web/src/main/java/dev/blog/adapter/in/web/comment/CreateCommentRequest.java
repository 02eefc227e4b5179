package dev.blog.adapter.in.web.comment;

import dev.blog.adapter.in.web.validation.Characters;
import dev.blog.domain.comment.CommentBody;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** The body of {@code POST /api/posts/{id}/comments}; the constraints repeat the domain's, by its constants. */
@Serdeable
@Schema(description = "A new comment")
public record CreateCommentRequest(@Schema(description = "Not blank", example = "Thanks, this saved me an afternoon.",
                                           minLength = 1, maxLength = CommentBody.MAX_LENGTH)
                                   @NotBlank @Characters(max = CommentBody.MAX_LENGTH) String body) {
}
