package dev.blog.testsupport;

import dev.blog.domain.comment.port.CommentQueries;
import dev.blog.domain.comment.port.CommentRepository;
import dev.blog.domain.post.port.PostLikes;
import dev.blog.domain.post.port.PostQueries;
import dev.blog.domain.post.port.PostRepository;
import dev.blog.domain.tag.port.TagRepository;
import dev.blog.domain.user.port.UserFollows;
import dev.blog.domain.user.port.UserRepository;

import java.util.function.Supplier;

/**
 * Every store the contracts of posts, tags, likes, follows and comments see, wired to each other as the
 * database's tables are: the in-memory fakes ({@link InMemoryStores}) or the PostgreSQL adapters.
 */
public interface Stores {

    UserRepository users();

    PostRepository posts();

    PostQueries queries();

    TagRepository tags();

    PostLikes likes();

    UserFollows follows();

    CommentRepository comments();

    CommentQueries commentQueries();

    /** Empties stores that outlive a test; the in-memory fakes are new for every test and need nothing. */
    void empty();

    /** Runs {@code work} the way the application would, inside a transaction where the adapter needs one. */
    <T> T inTransaction(Supplier<T> work);
}
