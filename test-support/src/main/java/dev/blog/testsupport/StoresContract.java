package dev.blog.testsupport;

import dev.blog.domain.post.Post;
import dev.blog.domain.post.port.PostQueries;
import dev.blog.domain.post.port.PostRepository;
import dev.blog.domain.tag.port.TagRepository;
import dev.blog.domain.user.User;
import dev.blog.domain.user.port.UserRepository;

import org.junit.jupiter.api.BeforeEach;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * What the contracts of the post and tag ports share: posts need authors and tags, so each contract sees
 * every store, wired together as in production. Subclasses provide empty stores before each test: the
 * in-memory fakes, or the PostgreSQL adapters.
 */
public abstract class StoresContract {

    protected static final Instant T0 = Instant.parse("2026-11-20T10:15:30.123Z");

    protected abstract UserRepository users();

    protected abstract PostRepository posts();

    protected abstract PostQueries queries();

    protected abstract TagRepository tags();

    /** Before the @BeforeEach methods of the contracts, which JUnit runs after those of this superclass. */
    @BeforeEach
    final void startFromEmptyStores() {
        emptyStores();
    }

    /** Empties stores that outlive a test; the in-memory fakes are new for every test and need nothing. */
    protected void emptyStores() {
    }

    /** Runs {@code work} the way the application would, inside a transaction where the adapter needs one. */
    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    protected User createUser(User user) {
        return inTransaction(() -> users().create(user));
    }

    protected Post createPost(Post post) {
        return inTransaction(() -> posts().create(post));
    }
}
