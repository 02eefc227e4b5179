package dev.blog.testsupport.post;

import dev.blog.domain.post.AuthorSummary;
import dev.blog.domain.post.Post;
import dev.blog.domain.post.PostDetails;
import dev.blog.domain.post.PostFilter;
import dev.blog.domain.post.PostId;
import dev.blog.domain.post.PostListItem;
import dev.blog.domain.post.Slug;
import dev.blog.domain.post.port.PostQueries;
import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.shared.Position;
import dev.blog.testsupport.Keysets;
import dev.blog.testsupport.comment.InMemoryCommentRepository;
import dev.blog.testsupport.user.InMemoryUserFollows;
import dev.blog.domain.tag.Tag;
import dev.blog.domain.tag.port.TagRepository;
import dev.blog.domain.user.User;
import dev.blog.domain.user.UserId;
import dev.blog.domain.user.port.UserRepository;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** {@link PostQueries} over the in-memory repositories, joining posts, authors and tags as the database does. */
public final class InMemoryPostQueries implements PostQueries {

    private static final Comparator<Post> NEWEST_FIRST = Comparator.comparing(Post::createdAt)
            .thenComparing(post -> post.requireId().value())
            .reversed();

    private final UserRepository users;
    private final InMemoryPostRepository posts;
    private final TagRepository tags;

    private final InMemoryPostLikes likes;
    private final InMemoryUserFollows follows;
    private final InMemoryCommentRepository comments;

    public InMemoryPostQueries(UserRepository users, InMemoryPostRepository posts, TagRepository tags,
                               InMemoryPostLikes likes, InMemoryUserFollows follows,
                               InMemoryCommentRepository comments) {
        this.comments = comments;
        this.follows = follows;
        this.users = users;
        this.posts = posts;
        this.tags = tags;
        this.likes = likes;
    }

    @Override
    public Optional<PostDetails> findById(PostId id, Optional<UserId> viewer) {
        return posts.findForUpdate(id).map(post -> details(post, viewer));
    }

    @Override
    public Optional<PostDetails> findBySlug(Slug slug, Optional<UserId> viewer) {
        return posts.all().stream().filter(post -> slug.equals(posts.slugOf(post.requireId()))).findFirst()
                .map(post -> details(post, viewer));
    }

    @Override
    public Page<PostListItem> findPage(PostFilter filter, PageRequest page, Optional<UserId> viewer) {
        return pageOf(posts.all().stream().filter(post -> filter.matches(post.authorId(), post.published(),
                post.tags(), likes.likersOf(post.requireId()))), page, viewer);
    }

    private Page<PostListItem> pageOf(Stream<Post> matchingPosts, PageRequest page, Optional<UserId> viewer) {
        List<Post> matching = matchingPosts.sorted(NEWEST_FIRST).toList();
        List<PostListItem> window = matching.stream()
                .filter(post -> Keysets.comesAfter(page, post.createdAt(), post.requireId().value()))
                .skip(page.offset()).limit(page.fetchSize()).map(post -> listItem(post, viewer))
                .toList();
        return Page.of(window, page, matching.size(),
                post -> new Position.AfterTime(post.createdAt(), post.id().value()));
    }

    @Override
    public Page<PostListItem> findFeed(UserId follower, PageRequest page) {
        Set<UserId> followees = follows.followeesOf(follower);
        return pageOf(posts.all().stream().filter(post -> post.published() && followees.contains(post.authorId())),
                page, Optional.of(follower));
    }

    private PostListItem listItem(Post post, Optional<UserId> viewer) {
        PostDetails details = details(post, viewer);
        return new PostListItem(details.id(), details.slug(), details.title(),
                PostListItem.summaryOf(details.summary(), details.content().value()), details.published(),
                details.viewCount(), details.likeCount(), details.likedByMe(), details.commentCount(), details.author(), details.tags(), details.createdAt(), details.updatedAt());
    }

    private PostDetails details(Post post, Optional<UserId> viewer) {
        Set<UserId> likers = likes.likersOf(post.requireId());
        User author = users.findById(post.authorId())
                .orElseThrow(() -> new IllegalStateException("post " + post.id() + " has no author"));
        List<Tag> postTags = post.tags().stream()
                .map(name -> tags.findByName(name)
                        .orElseThrow(() -> new IllegalStateException("tag " + name + " of post " + post.id() + " is not stored")))
                .toList();
        return new PostDetails(post.requireId(), posts.slugOf(post.requireId()), post.title(), post.content(), post.summary(), post.published(),
                post.viewCount(), likers.size(), viewer.map(likers::contains).orElse(false),
                comments.countOn(post.requireId()),
                AuthorSummary.of(author), postTags,
                post.createdAt(), post.updatedAt(), post.version());
    }
}
