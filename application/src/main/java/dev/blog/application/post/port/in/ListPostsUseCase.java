package dev.blog.application.post.port.in;

import dev.blog.domain.post.PostListItem;
import dev.blog.domain.shared.Page;

public interface ListPostsUseCase {

    /** Newest first, each post with its author and tags. */
    Page<PostListItem> list(ListPostsQuery query);
}
