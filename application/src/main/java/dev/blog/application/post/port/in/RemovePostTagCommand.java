package dev.blog.application.post.port.in;

import dev.blog.domain.access.Actor;
import dev.blog.domain.post.PostId;
import dev.blog.domain.tag.TagId;

import java.util.Objects;

public record RemovePostTagCommand(Actor actor, PostId postId, TagId tagId) {

    public RemovePostTagCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(tagId, "tagId");
    }
}
