package dev.blog.application.comment.port.in;

import dev.blog.domain.comment.CommentDetails;

public interface AddCommentUseCase {

    /**
     * @return the comment as stored, with its author
     * @throws dev.blog.domain.shared.NotFoundException when there is no such post or the caller may not see it
     * @throws dev.blog.domain.access.AuthenticationRequiredException for an anonymous caller
     */
    CommentDetails add(AddCommentCommand command);
}
