package dev.blog.adapter.out.persistence.comment;

import dev.blog.adapter.out.persistence.OnTheTestDatabase;
import dev.blog.adapter.out.persistence.PostgresStores;
import dev.blog.testsupport.Stores;
import dev.blog.testsupport.comment.CommentQueriesContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

/** The CommentQueries contract on PostgreSQL, in the application's own transactions. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommentQueryAdapterTest extends CommentQueriesContract implements OnTheTestDatabase {

    @Inject
    PostgresStores stores;

    @Override
    protected Stores stores() {
        return stores;
    }
}
