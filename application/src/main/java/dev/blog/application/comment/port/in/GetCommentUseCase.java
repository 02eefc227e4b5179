package dev.blog.application.comment.port.in;

import dev.blog.domain.comment.CommentDetails;

public interface GetCommentUseCase {

    /** @throws dev.blog.domain.shared.NotFoundException when there is no such comment or its post is hidden */
    CommentDetails get(GetCommentQuery query);
}
