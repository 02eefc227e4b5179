package dev.blog.adapter.out.persistence.post;

import dev.blog.application.shared.Transactions;
import dev.blog.domain.user.port.UserFollows;
import dev.blog.domain.post.port.PostQueries;
import dev.blog.domain.post.port.PostRepository;
import dev.blog.domain.tag.port.TagRepository;
import dev.blog.domain.user.port.UserRepository;
import dev.blog.testsupport.database.TestDatabase;
import dev.blog.testsupport.post.FeedContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;
import java.util.function.Supplier;

/** The feed contract on PostgreSQL, in the application's own transactions. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedQueryAdapterTest extends FeedContract implements TestPropertyProvider {

    @Inject
    UserRepository users;

    @Inject
    PostRepository posts;

    @Inject
    PostQueries queries;

    @Inject
    TagRepository tags;

    @Inject
    UserFollows follows;

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
    protected UserFollows follows() {
        return follows;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work::get);
    }
}
