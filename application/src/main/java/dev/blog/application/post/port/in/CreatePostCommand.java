package dev.blog.application.post.port.in;

import dev.blog.domain.post.Content;
import dev.blog.domain.post.Summary;
import dev.blog.domain.post.Title;
import dev.blog.domain.tag.TagName;
import dev.blog.domain.user.UserId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * @param summary empty for none: lists then show an excerpt of the content
 * @param tags    may repeat a name; the post keeps each once
 */
public record CreatePostCommand(UserId authorId, Title title, Content content, Optional<Summary> summary,
                                boolean published, List<TagName> tags) {

    public CreatePostCommand {
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(summary, "summary");
        tags = List.copyOf(Objects.requireNonNull(tags, "tags"));
    }
}
