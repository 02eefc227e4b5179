package dev.blog.adapter.out.persistence.tag;

import dev.blog.adapter.out.persistence.OnTheTestDatabase;
import dev.blog.adapter.out.persistence.PostgresStores;
import dev.blog.testsupport.Stores;
import dev.blog.testsupport.tag.TagRepositoryContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

/** The TagRepository contract on PostgreSQL: tags, in the application's own transactions. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TagPersistenceAdapterTest extends TagRepositoryContract implements OnTheTestDatabase {

    @Inject
    PostgresStores stores;

    @Override
    protected Stores stores() {
        return stores;
    }
}
