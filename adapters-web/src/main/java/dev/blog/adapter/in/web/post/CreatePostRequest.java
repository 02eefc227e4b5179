package dev.blog.adapter.in.web.post;

import dev.blog.domain.post.Content;
import dev.blog.domain.post.Post;
import dev.blog.domain.post.Title;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The body of {@code POST /api/users/{userId}/posts}. The constraints repeat the domain's rules, by its
 * constants, so that a client learns of every invalid field at once; the domain still has the last word,
 * on tag names in particular, which are only valid once normalised.
 *
 * @param published absent means a draft
 * @param tags      absent means none
 */
@Serdeable
public record CreatePostRequest(@NotBlank @Size(max = Title.MAX_LENGTH) String title,
                                @NotBlank @Size(max = Content.MAX_LENGTH) String content,
                                @Nullable Boolean published,
                                @Nullable @Size(max = Post.MAX_TAGS) List<String> tags) {
}
