package dev.blog.adapter.out.persistence;

import dev.blog.application.shared.Transactions;
import dev.blog.domain.post.port.PostQueries;
import dev.blog.domain.post.port.PostRepository;
import dev.blog.domain.tag.port.TagRepository;
import dev.blog.domain.user.port.UserRepository;
import dev.blog.testsupport.database.TestDatabase;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.Map;

/**
 * What the adapter tests on PostgreSQL share: the run's fresh database, empty tables before each test,
 * the adapters behind their ports. Subclasses add {@code @MicronautTest(transactional = false)}: the
 * adapters run in the application's own transactions, never in one a test framework rolls back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AdapterTestOnPostgres implements TestPropertyProvider {

    protected static final Instant T0 = Instant.parse("2026-11-20T10:15:30.123Z");

    @Inject
    protected PostRepository posts;

    @Inject
    protected PostQueries queries;

    @Inject
    protected TagRepository tags;

    @Inject
    protected UserRepository users;

    @Inject
    protected Transactions transactions;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.get().micronautProperties();
    }

    @BeforeEach
    void emptyTables() {
        TestDatabase.get().truncateAllTables();
    }
}
