package dev.blog.adapter.out.persistence.post;

import dev.blog.adapter.out.persistence.OnTheTestDatabase;
import dev.blog.adapter.out.persistence.PostgresStores;
import dev.blog.testsupport.Stores;
import dev.blog.testsupport.post.PostRepositoryContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

/** The PostRepository contract on PostgreSQL: posts and their tag links, in the application's own transactions. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostPersistenceAdapterTest extends PostRepositoryContract implements OnTheTestDatabase {

    @Inject
    PostgresStores stores;

    @Override
    protected Stores stores() {
        return stores;
    }
}
