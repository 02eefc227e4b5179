package dev.blog.application.post.port.in;

import dev.blog.domain.post.PostDetails;

public interface AddPostTagUseCase {

    /**
     * Tags the post, creating the tag if it is new. Adding a tag the post already has changes nothing.
     *
     * @throws dev.blog.domain.shared.NotFoundException when there is no such post
     * @throws dev.blog.domain.shared.InvalidValueException when the post already has the most tags allowed
     */
    PostDetails addTag(AddPostTagCommand command);
}
