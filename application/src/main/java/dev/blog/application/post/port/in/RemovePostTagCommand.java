package dev.blog.application.post.port.in;

import dev.blog.domain.post.PostId;
import dev.blog.domain.tag.TagId;

import java.util.Objects;

public record RemovePostTagCommand(PostId postId, TagId tagId) {

    public RemovePostTagCommand {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(tagId, "tagId");
    }
}
