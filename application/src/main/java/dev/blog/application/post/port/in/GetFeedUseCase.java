package dev.blog.application.post.port.in;

import dev.blog.domain.post.PostListItem;
import dev.blog.domain.shared.Page;

/** The published posts of the users the caller follows, newest first. */
public interface GetFeedUseCase {

    Page<PostListItem> feed(GetFeedQuery query);
}
