package dev.blog.application.post.port.in;

import dev.blog.domain.access.Actor;
import dev.blog.domain.post.Content;
import dev.blog.domain.post.Summary;
import dev.blog.domain.post.Title;
import dev.blog.domain.tag.TagName;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * @param author  the caller, who becomes the post's author
 * @param summary empty for none: lists then show an excerpt of the content
 * @param tags    may repeat a name; the post keeps each once
 */
public record CreatePostCommand(Actor author, Title title, Content content, Optional<Summary> summary,
                                boolean published, List<TagName> tags) {

    public CreatePostCommand {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(summary, "summary");
        tags = List.copyOf(Objects.requireNonNull(tags, "tags"));
    }
}
