package dev.blog.bootstrap;

import dev.blog.testsupport.database.TestDatabase;
import dev.blog.testsupport.http.ApiClient;
import dev.blog.testsupport.http.ApiResponse;
import dev.blog.testsupport.network.TcpProxy;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a read replica configured, read-only use cases read from it and writes go to the primary. The
 * "replica" here is a database of its own with the schema and none of the primary's rows, a replica that
 * never catches up: what a read answers shows where it was read, with no timing involved. It is reached
 * through a proxy the test cuts to take it away.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadReplicaTest implements TestPropertyProvider {

    private final TestDatabase replicaDatabase = migratedReplica();
    private final TcpProxy replica = proxyTo(replicaDatabase);

    @Inject
    EmbeddedServer server;

    ApiClient api;

    private static TestDatabase migratedReplica() {
        TestDatabase database = TestDatabase.createAnother();
        Flyway.configure().dataSource(database.jdbcUrl(), database.username(), database.password())
                .locations("classpath:db/migration").load().migrate();
        return database;
    }

    private static TcpProxy proxyTo(TestDatabase database) {
        String[] address = database.serverAddress().split(":");
        try {
            return new TcpProxy(address[0], Integer.parseInt(address[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.get().micronautProperties());
        properties.put("blog.read-replica.url", replicaDatabase.jdbcUrlVia("127.0.0.1", replica.port()));
        properties.put("blog.read-replica.username", replicaDatabase.username());
        properties.put("blog.read-replica.password", replicaDatabase.password());
        // Try the replica again at once after a failure, so that each test sees it as it is now.
        properties.put("blog.read-replica.retry-after", "0s");
        return properties;
    }

    @BeforeEach
    void setUp() {
        TestDatabase.get().truncateAllTables();
        replicaDatabase.truncateAllTables();
        api = new ApiClient(server.getURI());
    }

    @AfterEach
    void restoreReplica() {
        replica.restore();
    }

    @AfterAll
    void closeProxy() {
        replica.close();
    }

    @Test
    void reads_come_from_the_replica_so_a_write_shows_there_only_once_it_has_arrived() {
        ApiResponse created = register("ada");
        assertThat(created.status()).isEqualTo(201);

        assertThat(api.get("/api/users/" + created.json().get("id").asLong()).status())
                .as("the replica has not received the new user").isEqualTo(404);
        assertThat(api.get("/api/users").json().get("total").asLong()).isZero();
    }

    @Test
    void a_patch_answers_what_it_wrote_on_the_primary_not_what_the_replica_has() {
        long id = register("ada").json().get("id").asLong();

        // Logging in and checking the token read the primary too: the replica has not seen ada yet.
        ApiResponse patched = api.loggedIn("ada", "secret-password").patch("/api/users/" + id, """
                {"bio": "First programmer"}""");

        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.json().get("bio").asText()).isEqualTo("First programmer");
    }

    @Test
    void while_the_replica_is_unreachable_reads_go_to_the_primary() {
        long id = register("ada").json().get("id").asLong();

        replica.cut();

        ApiResponse read = api.get("/api/users/" + id);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().get("username").asText()).isEqualTo("ada");
        assertThat(api.get("/health/readiness").status()).as("the replica is not needed to serve").isEqualTo(200);

        replica.restore();

        // The replica's pool replaces the connections the cut broke; until then reads still go to the primary.
        assertThat(eventually(() -> api.get("/api/users/" + id).status() == 404)).as("back on the replica").isTrue();
    }

    private static boolean eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private ApiResponse register(String name) {
        return api.post("/api/users", """
                {"username": "%s", "email": "%s@example.com", "password": "secret-password"}""".formatted(name, name));
    }
}
