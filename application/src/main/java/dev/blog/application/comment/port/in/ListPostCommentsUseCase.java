package dev.blog.application.comment.port.in;

import dev.blog.domain.comment.CommentDetails;
import dev.blog.domain.shared.Page;

public interface ListPostCommentsUseCase {

    /**
     * A page of a post's comments, oldest first.
     *
     * @throws dev.blog.domain.shared.NotFoundException when there is no such post or the caller may not see it
     */
    Page<CommentDetails> list(ListPostCommentsQuery query);
}
