package dev.blog.application.post.port.in;

import dev.blog.domain.post.PostDetails;

public interface CreatePostUseCase {

    /**
     * Creates the post together with the tags it names that do not exist yet.
     *
     * @throws dev.blog.domain.shared.NotFoundException when there is no such author
     */
    PostDetails create(CreatePostCommand command);
}
