package dev.blog.bootstrap;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.blog.application.shared.StoreUnavailableException;
import dev.blog.application.shared.Transactions;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.user.UserFilter;
import dev.blog.domain.user.UserId;
import dev.blog.domain.user.port.UserRepository;
import dev.blog.testsupport.database.TestDatabase;
import dev.blog.testsupport.http.ApiClient;
import dev.blog.testsupport.http.ApiResponse;
import dev.blog.testsupport.network.TcpProxy;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

import static dev.blog.testsupport.user.Users.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database goes away and comes back while the service runs. The service reaches PostgreSQL
 * through a proxy the test cuts, so the outage is real for the service and harmless for other tests.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageTest implements TestPropertyProvider {

    private final TcpProxy proxy = startProxy();

    @Inject
    EmbeddedServer server;

    @Inject
    Transactions transactions;

    @Inject
    UserRepository users;

    ApiClient api;
    ListAppender<ILoggingEvent> logs;

    private static TcpProxy startProxy() {
        String[] address = TestDatabase.get().serverAddress().split(":");
        try {
            return new TcpProxy(address[0], Integer.parseInt(address[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> getProperties() {
        TestDatabase database = TestDatabase.get();
        return Map.of(
                "datasources.default.url", database.jdbcUrlVia("127.0.0.1", proxy.port()),
                "datasources.default.username", database.username(),
                "datasources.default.password", database.password(),
                "datasources.default.connection-timeout", "1000");
    }

    @BeforeEach
    void setUp() {
        TestDatabase.get().truncateAllTables();
        // The pool may still hold connections an earlier cut broke; they are evicted as they fail.
        assertThat(eventually(() -> {
            try {
                return transactions.readOnly(() -> users.existsById(new UserId(1))) != null;
            } catch (StoreUnavailableException stillRecovering) {
                return false;
            }
        })).isTrue();
        api = new ApiClient(server.getURI());
        logs = new ListAppender<>();
        logs.start();
        rootLogger().addAppender(logs);
    }

    @AfterEach
    void tearDown() {
        proxy.restore();
        rootLogger().detachAppender(logs);
    }

    @AfterAll
    void closeProxy() {
        proxy.close();
    }

    private static Logger rootLogger() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    @Test
    void requests_fail_fast_with_503_while_the_database_is_down_and_work_again_when_it_is_back() {
        ApiResponse created = api.post("/api/users", """
                {"username": "ada", "email": "ada@example.com", "password": "secret-password"}""");
        assertThat(created.status()).isEqualTo(201);
        String user = "/api/users/" + created.json().get("id").asLong();

        proxy.cut();

        ApiResponse read = api.get(user);
        ApiResponse write = api.post("/api/users", """
                {"username": "bob", "email": "bob@example.com", "password": "secret-password"}""");
        for (ApiResponse failed : new ApiResponse[] {read, write}) {
            assertThat(failed.status()).as(failed.toString()).isEqualTo(503);
            assertThat(failed.contentType()).startsWith("application/problem+json");
            assertThat(failed.header("Retry-After")).contains("5");
            assertThat(failed.body()).doesNotContain("Hikari", "SQL", "Exception");
        }
        assertThat(api.get("/health/readiness").status()).isEqualTo(503);
        assertThat(api.get("/health/readiness").json().get("status").asText()).isEqualTo("DOWN");
        assertThat(api.get("/health/liveness").status()).isEqualTo(200);
        assertThat(logs.list).anySatisfy(line -> {
            assertThat(line.getFormattedMessage()).contains("database is unavailable");
            assertThat(line.getMDCPropertyMap()).containsEntry("requestId", read.header("X-Request-Id").orElseThrow());
        });

        proxy.restore();

        assertThat(eventually(() -> api.get(user).status() == 200)).isTrue();
        assertThat(eventually(() -> api.get("/health/readiness").status() == 200)).isTrue();
        assertThat(api.get("/api/users?limit=100").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void a_transaction_cut_midway_writes_nothing() {
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            users.create(newUser("first", Instant.parse("2026-01-01T00:00:00Z")));
            proxy.cut();
            return users.create(newUser("second", Instant.parse("2026-01-01T00:00:01Z")));
        })).isInstanceOf(StoreUnavailableException.class);

        proxy.restore();

        assertThat(eventually(() -> {
            try {
                return transactions.readOnly(() -> users.findPage(UserFilter.all(), new PageRequest(0, 10)))
                        .total() == 0;
            } catch (StoreUnavailableException stillDown) {
                return false;
            }
        })).isTrue();
    }

    /** Polls for up to 30 seconds: recovery time depends on the pool, not on the test. */
    private static boolean eventually(Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (condition.get()) {
                return true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
