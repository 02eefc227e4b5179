package dev.blog.adapter.out.persistence.user;

import dev.blog.application.shared.Transactions;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.user.User;
import dev.blog.domain.user.UserFilter;
import dev.blog.domain.user.port.UserRepository;
import dev.blog.testsupport.concurrency.Concurrently;
import dev.blog.testsupport.database.TestDatabase;
import dev.blog.testsupport.user.UserRepositoryContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import static dev.blog.testsupport.user.Users.newUser;
import static org.assertj.core.api.Assertions.assertThat;

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

    /** The database keeps the totals in counter rows (V5): concurrent registrations must lose none. */
    @Test
    void concurrent_registrations_and_deactivations_keep_the_totals_exact() throws Exception {
        List<User> users = Concurrently.run(IntStream.range(0, 20).<Callable<User>>mapToObj(i ->
                () -> inTransaction(() -> repository.create(newUser("user" + i, T0)))).toList());
        Concurrently.run(users.subList(0, 5).stream().<Callable<User>>map(user ->
                () -> inTransaction(() -> repository.update(user.changeActive(false, T0.plusSeconds(1))))).toList());

        assertThat(repository.findPage(new UserFilter(Optional.empty()), new PageRequest(0, 1)).total()).isEqualTo(20);
        assertThat(repository.findPage(new UserFilter(Optional.of(true)), new PageRequest(0, 1)).total()).isEqualTo(15);
        assertThat(repository.findPage(new UserFilter(Optional.of(false)), new PageRequest(0, 1)).total()).isEqualTo(5);
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
