package dev.blog.domain.post.port;

import dev.blog.domain.post.PostDetails;
import dev.blog.domain.post.PostFilter;
import dev.blog.domain.post.PostId;
import dev.blog.domain.post.PostListItem;
import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;

import java.util.Optional;

/**
 * Posts as readers see them, each with its author and tags. Implementations load a page with a fixed
 * number of queries, however many posts it holds: never one query per post.
 */
public interface PostQueries {

    Optional<PostDetails> findById(PostId id);

    /** Newest first: {@code createdAt} descending, then id descending, so paging is stable. */
    Page<PostListItem> findPage(PostFilter filter, PageRequest page);
}
