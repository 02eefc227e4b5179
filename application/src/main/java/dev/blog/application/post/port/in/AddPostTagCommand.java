package dev.blog.application.post.port.in;

import dev.blog.domain.access.Actor;
import dev.blog.domain.post.PostId;
import dev.blog.domain.tag.TagName;

import java.util.Objects;

public record AddPostTagCommand(Actor actor, PostId postId, TagName name) {

    public AddPostTagCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(name, "name");
    }
}
