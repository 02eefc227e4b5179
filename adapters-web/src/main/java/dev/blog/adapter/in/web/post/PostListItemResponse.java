package dev.blog.adapter.in.web.post;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.blog.adapter.in.web.tag.TagResponse;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * A post as lists show it: without its content, which may be 100,000 characters, so that a page of 100
 * stays small; the summary stands in for it.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "PostListItem")
public record PostListItemResponse(@Schema(example = "42") long id,
                                   @Schema(description = "The post's name in URLs: GET /api/posts/slug/{slug}", example = "hello-micronaut")
                                   String slug,
                                   @Schema(example = "Hello, Micronaut") String title,
                                   @Schema(description = """
                                           The author's summary, or else the first 200 characters of the content, \
                                           cut at a word boundary""",
                                           example = "A first post about compile-time dependency injection.")
                                   String summary,
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
