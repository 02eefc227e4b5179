package dev.blog.application.post.port.in;

import dev.blog.domain.post.Content;
import dev.blog.domain.post.Title;
import dev.blog.domain.tag.TagName;
import dev.blog.domain.user.UserId;

import java.util.List;
import java.util.Objects;

/** @param tags may repeat a name; the post keeps each once */
public record CreatePostCommand(UserId authorId, Title title, Content content, boolean published,
                                List<TagName> tags) {

    public CreatePostCommand {
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(content, "content");
        tags = List.copyOf(Objects.requireNonNull(tags, "tags"));
    }
}
