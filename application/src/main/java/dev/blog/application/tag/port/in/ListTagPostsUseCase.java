package dev.blog.application.tag.port.in;

import dev.blog.domain.post.PostListItem;
import dev.blog.domain.shared.Page;

public interface ListTagPostsUseCase {

    /**
     * The posts carrying one tag, newest first.
     *
     * @throws dev.blog.domain.shared.NotFoundException when there is no such tag
     */
    Page<PostListItem> list(ListTagPostsQuery query);
}
