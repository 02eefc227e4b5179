package dev.blog.application.post.port.in;

import dev.blog.domain.post.PostListItem;
import dev.blog.domain.shared.Page;

public interface ListUserPostsUseCase {

    /**
     * The posts of one author, newest first.
     *
     * @throws dev.blog.domain.shared.NotFoundException when there is no such user, so that a client can
     *                                                   tell an unknown user from one without posts
     */
    Page<PostListItem> list(ListUserPostsQuery query);
}
