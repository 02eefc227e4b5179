package dev.blog.adapter.out.persistence.user;

import dev.blog.application.shared.Transactions;
import dev.blog.domain.user.port.UserRepository;
import dev.blog.testsupport.database.TestDatabase;
import dev.blog.testsupport.user.UserRepositoryContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;
import java.util.function.Supplier;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserPersistenceAdapterTest extends UserRepositoryContract implements TestPropertyProvider {

    @Inject
    UserRepository repository;

    @Inject
    Transactions transactions;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.get().micronautProperties();
    }

    @BeforeEach
    void emptyTables() {
        TestDatabase.get().truncateAllTables();
    }

    @Override
    protected UserRepository repository() {
        return repository;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work);
    }
}
