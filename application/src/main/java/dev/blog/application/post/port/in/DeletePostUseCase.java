package dev.blog.application.post.port.in;

import dev.blog.domain.post.PostId;

public interface DeletePostUseCase {

    /**
     * Deletes the post and its tag links; the tags stay.
     *
     * @throws dev.blog.domain.shared.NotFoundException when there is no such post
     */
    void delete(PostId id);
}
