package dev.blog.adapter.out.persistence.post;

import dev.blog.domain.post.PostDetails;
import dev.blog.domain.post.PostFilter;
import dev.blog.domain.post.PostId;
import dev.blog.domain.post.PostListItem;
import dev.blog.domain.post.Slug;
import dev.blog.domain.post.port.PostQueries;
import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.shared.Position;
import dev.blog.domain.tag.Tag;
import dev.blog.domain.user.UserId;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Posts with their authors and tags in a constant number of statements, however many posts: the posts
 * with their authors, then the tags of all of them in one statement keyed by their ids; a page adds one
 * bounded count and, when filtered by tag, the lookup of the tag's id. A tag's posts are then read from
 * that tag's own range of links, and the posts one user likes from that user's range of likes, unless an
 * author narrows them further: then from that author's posts. Like counts come with the posts, and whether
 * the viewer likes each is an index probe within the same statement.
 * Callers run it inside a transaction (the Transactions port).
 */
@Singleton
final class PostQueryAdapter implements PostQueries {

    private final PostDetailsRepository rows;
    private final PostRowMapper mapper;

    PostQueryAdapter(PostDetailsRepository rows, PostRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public Optional<PostDetails> findById(PostId id, Optional<UserId> viewer) {
        return rows.findDetails(id.value(), viewer.map(UserId::value).orElse(null))
                .map(row -> mapper.toDetails(row, tagsOf(new Long[] {row.id()}).getOrDefault(row.id(), List.of())));
    }

    @Override
    public Optional<PostDetails> findBySlug(Slug slug, Optional<UserId> viewer) {
        return rows.findDetailsBySlug(slug.value(), viewer.map(UserId::value).orElse(null))
                .map(row -> mapper.toDetails(row, tagsOf(new Long[] {row.id()}).getOrDefault(row.id(), List.of())));
    }

    @Override
    public Page<PostListItem> findPage(PostFilter filter, PageRequest page, Optional<UserId> viewer) {
        Long viewerId = viewer.map(UserId::value).orElse(null);
        Long authorId = filter.authorId().map(UserId::value).orElse(null);
        Long likedBy = filter.likedBy().map(UserId::value).orElse(null);
        Boolean published = filter.published().orElse(null);
        boolean allDrafts = filter.visibility().allDrafts();
        Long draftsOf = filter.visibility().draftsOf().map(UserId::value).orElse(null);
        if (!allDrafts && Boolean.FALSE.equals(published)) {
            // The drafts a caller other than an admin may see are their own: one author's posts, which that
            // author's index serves, rather than every draft filtered by author.
            if (draftsOf == null || (authorId != null && !authorId.equals(draftsOf))) {
                return Page.of(List.of(), page, 0, PostQueryAdapter::positionOf);
            }
            authorId = draftsOf;
        }
        if (authorId != null && authorId.equals(draftsOf)) {
            allDrafts = true; // every post of their own is visible to the caller: no condition left to check
        }
        Optional<Position.AfterTime> after = page.after(Position.AfterTime.class);
        Instant afterCreatedAt = after.map(Position.AfterTime::createdAt).orElse(null);
        Long afterId = after.map(Position.AfterTime::id).orElse(null);
        Long tagId = null;
        if (filter.tag().isPresent()) {
            Optional<Long> found = rows.findTagId(filter.tag().get().value());
            if (found.isEmpty()) {
                return Page.of(List.of(), page, 0, PostQueryAdapter::positionOf);
            }
            tagId = found.get();
        }
        if (tagId != null && authorId == null) {
            List<PostListRow> window = rows.findTagWindow(tagId, published, allDrafts, draftsOf, likedBy,
                    afterCreatedAt, afterId, page.offset(), page.fetchSize(), viewerId);
            return Page.of(withTags(window), page,
                    rows.countTagMatching(tagId, published, allDrafts, draftsOf, likedBy, Page.COUNT_LIMIT),
                    PostQueryAdapter::positionOf);
        }
        if (likedBy != null && authorId == null) {
            List<PostListRow> window = rows.findLikedWindow(likedBy, published, allDrafts, draftsOf, afterCreatedAt,
                    afterId, page.offset(), page.fetchSize(), viewerId);
            return Page.of(withTags(window), page,
                    rows.countLikedMatching(likedBy, published, allDrafts, draftsOf, Page.COUNT_LIMIT),
                    PostQueryAdapter::positionOf);
        }
        List<PostListRow> window = rows.findWindow(authorId, published, allDrafts, draftsOf, tagId, likedBy,
                afterCreatedAt, afterId, page.offset(), page.fetchSize(), viewerId);
        return Page.of(withTags(window), page,
                rows.countMatching(authorId, published, allDrafts, draftsOf, tagId, likedBy, Page.COUNT_LIMIT),
                PostQueryAdapter::positionOf);
    }

    @Override
    public Page<PostListItem> findFeed(UserId follower, PageRequest page) {
        Optional<Position.AfterTime> after = page.after(Position.AfterTime.class);
        List<PostListRow> window = rows.findFeedWindow(follower.value(),
                after.map(Position.AfterTime::createdAt).orElse(null), after.map(Position.AfterTime::id).orElse(null),
                page.offset() + page.fetchSize(), page.offset(), page.fetchSize(), follower.value());
        return Page.of(withTags(window), page, rows.countFeed(follower.value(), Page.COUNT_LIMIT),
                PostQueryAdapter::positionOf);
    }

    private static Position positionOf(PostListItem post) {
        return new Position.AfterTime(post.createdAt(), post.id().value());
    }

    private List<PostListItem> withTags(List<PostListRow> posts) {
        if (posts.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Tag>> tagsByPost = tagsOf(posts.stream().map(PostListRow::id).toArray(Long[]::new));
        return posts.stream().map(row -> mapper.toListItem(row, tagsByPost.getOrDefault(row.id(), List.of())))
                .toList();
    }

    private Map<Long, List<Tag>> tagsOf(Long[] postIds) {
        return rows.findTagsOfPosts(postIds).stream().collect(Collectors.groupingBy(
                PostTagRow::postId, Collectors.mapping(mapper::toTag, Collectors.toList())));
    }
}
