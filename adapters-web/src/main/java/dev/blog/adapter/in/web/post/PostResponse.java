package dev.blog.adapter.in.web.post;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.blog.adapter.in.web.tag.TagResponse;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A post with its author and its tags, sorted by name; {@code tags} is {@code []}, never absent, when empty. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PostResponse(@Schema(example = "42") long id,
                           @Schema(example = "Hello, Micronaut") String title,
                           @Schema(example = "A first post about compile-time dependency injection.") String content,
                           @Schema(description = "false for a draft", example = "true") boolean published,
                           @Schema(description = "How often the post was viewed", example = "7") long viewCount,
                           @Schema(format = "date-time", example = "2026-11-20T10:15:30.123Z") String createdAt,
                           @Schema(format = "date-time", example = "2026-11-20T10:15:30.123Z") String updatedAt,
                           AuthorResponse author,
                           List<TagResponse> tags) {
}
