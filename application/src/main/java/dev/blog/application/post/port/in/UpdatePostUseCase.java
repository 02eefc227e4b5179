package dev.blog.application.post.port.in;

import dev.blog.domain.post.PostDetails;

public interface UpdatePostUseCase {

    /** @throws dev.blog.domain.shared.NotFoundException when there is no such post */
    PostDetails update(UpdatePostCommand command);
}
