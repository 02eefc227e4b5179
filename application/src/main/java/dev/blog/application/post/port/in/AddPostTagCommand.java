package dev.blog.application.post.port.in;

import dev.blog.domain.post.PostId;
import dev.blog.domain.tag.TagName;

import java.util.Objects;

public record AddPostTagCommand(PostId postId, TagName name) {

    public AddPostTagCommand {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(name, "name");
    }
}
