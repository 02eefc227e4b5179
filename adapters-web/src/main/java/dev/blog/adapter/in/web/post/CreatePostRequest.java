package dev.blog.adapter.in.web.post;

import dev.blog.adapter.in.web.validation.Characters;
import dev.blog.domain.post.Content;
import dev.blog.domain.post.Summary;
import dev.blog.domain.post.Post;
import dev.blog.domain.post.Title;
import dev.blog.domain.tag.TagName;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The body of {@code POST /api/posts}. The constraints repeat the domain's rules, by its
 * constants, so that a client learns of every invalid field at once; the domain still has the last word,
 * on tag names in particular, which are only valid once normalised.
 *
 * @param summary   absent means none
 * @param published absent means a draft
 * @param tags      absent means none
 */
@Serdeable
@Schema(description = "A new post; only `title` and `content` are required")
public record CreatePostRequest(@Schema(description = "Not blank", example = "Hello, Micronaut", minLength = 1,
                                        maxLength = Title.MAX_LENGTH)
                                @NotBlank @Characters(max = Title.MAX_LENGTH) String title,
                                @Schema(description = "Not blank",
                                        example = "A first post about compile-time dependency injection.",
                                        minLength = 1, maxLength = Content.MAX_LENGTH)
                                @NotBlank @Characters(max = Content.MAX_LENGTH) String content,
                                @Schema(description = "Shown in lists instead of an excerpt of the content; not "
                                        + "blank; absent or null for none", example = "Why Micronaut wires beans at compile time.",
                                        nullable = true, minLength = 1, maxLength = Summary.MAX_LENGTH)
                                @Nullable @Characters(min = 1, max = Summary.MAX_LENGTH) String summary,
                                @Schema(description = "true publishes the post; absent or null makes a draft", example = "true")
                                @Nullable Boolean published,
                                @Schema(description = "The post's tags; absent or null means none")
                                @ArraySchema(maxItems = Post.MAX_TAGS, arraySchema = @Schema(example = "[\"java\", \"micronaut\"]"),
                                        schema = @Schema(example = "java", 
                                        description = AddTagRequest.TAG_NAME_RULES, minLength = 1,
                                        maxLength = TagName.MAX_LENGTH))
                                @Nullable @Size(max = Post.MAX_TAGS) List<String> tags) {
}
