package dev.blog.adapter.out.persistence.comment;

import dev.blog.application.shared.Transactions;
import dev.blog.domain.comment.port.CommentQueries;
import dev.blog.domain.comment.port.CommentRepository;
import dev.blog.domain.post.port.PostQueries;
import dev.blog.domain.post.port.PostRepository;
import dev.blog.domain.tag.port.TagRepository;
import dev.blog.domain.user.port.UserRepository;
import dev.blog.testsupport.comment.CommentRepositoryContract;
import dev.blog.testsupport.database.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;
import java.util.function.Supplier;

/** The CommentRepository contract on PostgreSQL, in the application's own transactions. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommentPersistenceAdapterTest extends CommentRepositoryContract implements TestPropertyProvider {

    @Inject
    UserRepository users;

    @Inject
    PostRepository posts;

    @Inject
    PostQueries queries;

    @Inject
    TagRepository tags;

    @Inject
    CommentRepository comments;

    @Inject
    CommentQueries commentQueries;

    @Inject
    Transactions transactions;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.get().micronautProperties();
    }

    @Override
    protected void emptyStores() {
        TestDatabase.get().truncateAllTables();
    }

    @Override
    protected UserRepository users() {
        return users;
    }

    @Override
    protected PostRepository posts() {
        return posts;
    }

    @Override
    protected PostQueries queries() {
        return queries;
    }

    @Override
    protected TagRepository tags() {
        return tags;
    }

    @Override
    protected CommentRepository comments() {
        return comments;
    }

    @Override
    protected CommentQueries commentQueries() {
        return commentQueries;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work::get);
    }
}
