package dev.blog.adapter.in.web.comment;

import dev.blog.adapter.in.web.validation.Characters;
import dev.blog.domain.comment.CommentBody;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code PATCH /api/comments/{id}}, a JSON merge patch (RFC 7396). The setter records whether
 * the client sent {@code body}, because an absent field means "unchanged" while {@code null} is invalid.
 */
@Serdeable
@Schema(description = """
        A JSON merge patch (RFC 7396) of a comment, sent as application/merge-patch+json or application/json. \
        An absent `body` stays unchanged; `null` is invalid.""")
public final class UpdateCommentRequest {

    private boolean bodySent;

    // nullable = false: the getter answers null for an absent field, which would otherwise document null
    // as a valid value, and the contract makes it a 400.
    @Schema(description = "Not blank; null is invalid", example = "Thanks, this saved me a whole day.",
            nullable = false, minLength = 1, maxLength = CommentBody.MAX_LENGTH)
    @Characters(min = 1, max = CommentBody.MAX_LENGTH)
    private String body;

    boolean bodySent() {
        return bodySent;
    }

    @Nullable
    public String getBody() {
        return body;
    }

    public void setBody(@Nullable String body) {
        this.body = body;
        bodySent = true;
    }

    @Override
    public String toString() {
        return "UpdateCommentRequest" + (bodySent ? "[body]" : "[]");
    }
}
