package dev.blog.domain.post.port;

import dev.blog.domain.post.PostDetails;
import dev.blog.domain.post.PostFilter;
import dev.blog.domain.post.PostId;
import dev.blog.domain.post.PostListItem;
import dev.blog.domain.post.Slug;
import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;

import dev.blog.domain.user.UserId;

import java.util.Optional;

/**
 * Posts as readers see them, each with its author and tags. Implementations load a page with a fixed
 * number of queries, however many posts it holds: never one query per post.
 */
public interface PostQueries {

    /** @param viewer who asks, for {@code likedByMe}; empty for an anonymous caller */
    Optional<PostDetails> findById(PostId id, Optional<UserId> viewer);

    /** As {@link #findById}, by the post's slug. */
    Optional<PostDetails> findBySlug(Slug slug, Optional<UserId> viewer);

    /**
     * Newest first: {@code createdAt} descending, then id descending, so paging is stable.
     *
     * @param viewer who asks, for {@code likedByMe}; empty for an anonymous caller
     */
    Page<PostListItem> findPage(PostFilter filter, PageRequest page, Optional<UserId> viewer);

    /**
     * The feed of {@code follower}: the published posts of the users they follow, newest first. What a page
     * costs depends on how many users they follow and on the page, never on how many posts there are.
     */
    Page<PostListItem> findFeed(UserId follower, PageRequest page);
}
