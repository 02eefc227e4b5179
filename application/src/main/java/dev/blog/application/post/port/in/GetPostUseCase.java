package dev.blog.application.post.port.in;

import dev.blog.domain.post.PostDetails;
import dev.blog.domain.post.PostId;

public interface GetPostUseCase {

    /** @throws dev.blog.domain.shared.NotFoundException when there is no such post */
    PostDetails get(PostId id);
}
