package dev.blog.adapter.out.persistence;

import dev.blog.application.shared.Transactions;
import dev.blog.domain.comment.port.CommentQueries;
import dev.blog.domain.comment.port.CommentRepository;
import dev.blog.domain.post.port.PostLikes;
import dev.blog.domain.post.port.PostQueries;
import dev.blog.domain.post.port.PostRepository;
import dev.blog.domain.tag.port.TagRepository;
import dev.blog.domain.user.port.UserFollows;
import dev.blog.domain.user.port.UserRepository;
import dev.blog.testsupport.Stores;
import dev.blog.testsupport.database.TestDatabase;
import jakarta.inject.Singleton;

import java.util.function.Supplier;

/**
 * The PostgreSQL adapters as the contracts see them: on the run's fresh database, emptied before each test,
 * in the application's own transactions (never in one a test framework rolls back).
 */
@Singleton
public record PostgresStores(UserRepository users, PostRepository posts, PostQueries queries, TagRepository tags,
                             PostLikes likes, UserFollows follows, CommentRepository comments,
                             CommentQueries commentQueries, Transactions transactions) implements Stores {

    @Override
    public void empty() {
        TestDatabase.get().truncateAllTables();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work);
    }
}
