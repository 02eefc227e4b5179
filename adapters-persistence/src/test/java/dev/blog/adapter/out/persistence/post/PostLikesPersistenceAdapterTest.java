package dev.blog.adapter.out.persistence.post;

import dev.blog.adapter.out.persistence.OnTheTestDatabase;
import dev.blog.adapter.out.persistence.PostgresStores;
import dev.blog.testsupport.Stores;
import dev.blog.testsupport.post.PostLikesContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

/** The PostLikes contract on PostgreSQL, in the application's own transactions. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostLikesPersistenceAdapterTest extends PostLikesContract implements OnTheTestDatabase {

    @Inject
    PostgresStores stores;

    @Override
    protected Stores stores() {
        return stores;
    }
}
