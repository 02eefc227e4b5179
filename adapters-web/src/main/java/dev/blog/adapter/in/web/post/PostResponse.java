package dev.blog.adapter.in.web.post;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.blog.adapter.in.web.tag.TagResponse;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A post with its author and its tags, sorted by name; {@code tags} is {@code []}, never absent, when empty. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PostResponse(@Schema(example = "42") long id,
                           @Schema(description = "The post's name in URLs: GET /api/posts/slug/{slug}", example = "hello-micronaut")
                           String slug,
                           @Schema(example = "Hello, Micronaut") String title,
                           @Schema(example = "A first post about compile-time dependency injection.") String content,
                           @Schema(description = "The author's summary; null when there is none (lists then show "
                                   + "an excerpt of the content)", example = "Why Micronaut wires beans at compile time.",
                                   nullable = true)
                           @Nullable String summary,
                           @Schema(description = "false for a draft", example = "true") boolean published,
                           @Schema(description = "How often the post was viewed", example = "7") long viewCount,
                           @Schema(description = "How many users like the post", example = "12") long likeCount,
                           @Schema(description = "Whether the caller likes it (false for anonymous callers)", example = "false")
                           boolean likedByMe,
                           @Schema(description = "How many comments the post has", example = "3") long commentCount,
                           @Schema(format = "date-time", example = "2026-11-20T10:15:30.123Z") String createdAt,
                           @Schema(format = "date-time", example = "2026-11-20T10:15:30.123Z") String updatedAt,
                           AuthorResponse author,
                           List<TagResponse> tags) {
}
