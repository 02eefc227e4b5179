package dev.blog.testsupport.comment;

import dev.blog.domain.comment.Comment;
import dev.blog.domain.comment.CommentId;
import dev.blog.domain.comment.CommentOnPost;
import dev.blog.domain.comment.CommentedPost;
import dev.blog.domain.comment.port.CommentRepository;
import dev.blog.domain.post.Post;
import dev.blog.domain.post.PostId;
import dev.blog.domain.post.PostVisibility;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.testsupport.post.InMemoryPostRepository;
import dev.blog.testsupport.user.InMemoryUserRepository;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link CommentRepository} in memory. Like the database's foreign keys, a comment goes with its post and
 * with its author: the comments of a post or by a user who is gone are never found.
 */
public final class InMemoryCommentRepository implements CommentRepository {

    private final Map<Long, Comment> comments = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final InMemoryUserRepository users;
    private final InMemoryPostRepository posts;

    public InMemoryCommentRepository(InMemoryUserRepository users, InMemoryPostRepository posts) {
        this.users = users;
        this.posts = posts;
    }

    @Override
    public synchronized Optional<Comment> create(Comment comment, PostVisibility visibility) {
        if (comment.id() != null) {
            throw new IllegalArgumentException("a new comment has no id yet");
        }
        if (posts.findForUpdate(comment.postId()).filter(post -> visibility.includes(post.authorId(), post.published()))
                .isEmpty()) {
            return Optional.empty();
        }
        if (!users.existsById(comment.authorId())) {
            throw new NotFoundException("User", comment.authorId());
        }
        Comment stored = comment.withId(new CommentId(sequence.incrementAndGet()));
        comments.put(stored.requireId().value(), stored);
        return Optional.of(stored);
    }

    @Override
    public synchronized Comment update(Comment comment) {
        long id = comment.requireId().value();
        Comment current = find(comment.requireId())
                .orElseThrow(() -> new IllegalStateException("comment " + id + " is not stored"));
        Comment stored = comment.withVersion(current.version() + 1);
        comments.put(id, stored);
        return stored;
    }

    @Override
    public Optional<CommentOnPost> findForUpdate(CommentId id) {
        return find(id).flatMap(comment -> posts.findForUpdate(comment.postId())
                .map(post -> new CommentOnPost(comment, commentedPost(post))));
    }

    @Override
    public synchronized boolean deleteById(CommentId id) {
        return find(id).isPresent() && comments.remove(id.value()) != null;
    }

    /** The comments that still exist, as the queries show them, in no particular order. */
    public List<Comment> all() {
        return comments.values().stream().filter(this::exists).toList();
    }

    public long countOn(PostId post) {
        return all().stream().filter(comment -> comment.postId().equals(post)).count();
    }

    static CommentedPost commentedPost(Post post) {
        return new CommentedPost(post.authorId(), post.published());
    }

    private Optional<Comment> find(CommentId id) {
        return Optional.ofNullable(comments.get(id.value())).filter(this::exists);
    }

    private boolean exists(Comment comment) {
        return users.existsById(comment.authorId()) && posts.findForUpdate(comment.postId()).isPresent();
    }
}
