package dev.blog.testsupport;

import dev.blog.domain.comment.port.CommentQueries;
import dev.blog.domain.comment.port.CommentRepository;
import dev.blog.domain.post.Post;
import dev.blog.domain.post.port.PostLikes;
import dev.blog.domain.post.port.PostQueries;
import dev.blog.domain.post.port.PostRepository;
import dev.blog.domain.tag.port.TagRepository;
import dev.blog.domain.user.User;
import dev.blog.domain.user.port.UserFollows;
import dev.blog.domain.user.port.UserRepository;

import org.junit.jupiter.api.BeforeEach;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * What the contracts of the post, tag, like, follow and comment ports share: posts need authors and tags,
 * so each contract sees every store, wired together as in production. A subclass names its {@link Stores}:
 * the in-memory fakes, or the PostgreSQL adapters; they are emptied before each test.
 */
public abstract class StoresContract {

    protected static final Instant T0 = Instant.parse("2026-11-20T10:15:30.123Z");

    protected abstract Stores stores();

    /** Before the @BeforeEach methods of the contracts, which JUnit runs after those of this superclass. */
    @BeforeEach
    final void startFromEmptyStores() {
        stores().empty();
    }

    protected final UserRepository users() {
        return stores().users();
    }

    protected final PostRepository posts() {
        return stores().posts();
    }

    protected final PostQueries queries() {
        return stores().queries();
    }

    protected final TagRepository tags() {
        return stores().tags();
    }

    protected final PostLikes likes() {
        return stores().likes();
    }

    protected final UserFollows follows() {
        return stores().follows();
    }

    protected final CommentRepository comments() {
        return stores().comments();
    }

    protected final CommentQueries commentQueries() {
        return stores().commentQueries();
    }

    protected final <T> T inTransaction(Supplier<T> work) {
        return stores().inTransaction(work);
    }

    protected User createUser(User user) {
        return inTransaction(() -> users().create(user));
    }

    protected Post createPost(Post post) {
        return inTransaction(() -> posts().create(post));
    }
}
