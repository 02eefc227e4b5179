package dev.blog.bootstrap;

import dev.blog.testsupport.database.TestDatabase;
import dev.blog.testsupport.http.ApiClient;
import dev.blog.testsupport.http.ApiResponse;
import dev.blog.testsupport.http.TestAccounts;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bounds of README "Bounds", each shown: a statement that waits longer than the statement timeout is
 * cancelled and answered 503 with Retry-After, and a request beyond the concurrency limit is answered 503
 * with Retry-After at once instead of queueing. Both are set low here (1 s, 1 request) to be seen quickly.
 * A row lock held by the test stands in for a database that does not answer.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResourceBoundsTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    private TestAccounts.Account ada;
    private long postId;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.get().micronautProperties());
        properties.put("micronaut.server.port", "-1");
        properties.put("blog.db.statement-timeout-ms", "1000");
        properties.put("blog.http.max-concurrent-requests", "1");
        return properties;
    }

    @BeforeAll
    void aPost() {
        TestDatabase.get().truncateAllTables();
        ada = TestAccounts.user(new ApiClient(server.getURI()), "ada");
        postId = ada.client().post("/api/posts", "{\"title\": \"T\", \"content\": \"C\", \"published\": true}")
                .json().get("id").asLong();
    }

    private ApiResponse patch() {
        return ada.client().patch("/api/posts/" + postId, "{\"title\": \"Changed\"}");
    }

    private static Connection lockingThePost(long postId) throws SQLException {
        Connection lock = TestDatabase.get().connect();
        lock.setAutoCommit(false);
        try (Statement statement = lock.createStatement()) {
            statement.execute("SELECT id FROM posts WHERE id = " + postId + " FOR UPDATE");
        }
        return lock;
    }

    @Test
    void a_statement_beyond_the_statement_timeout_is_cancelled_and_answered_503_with_retry_after() throws Exception {
        ApiResponse stuck;
        try (Connection lock = lockingThePost(postId)) {
            stuck = patch();
            lock.rollback();
        }

        assertThat(stuck.status()).as(stuck.toString()).isEqualTo(503);
        assertThat(stuck.contentType()).startsWith("application/problem+json");
        assertThat(stuck.header("Retry-After")).isPresent();
        assertThat(ada.client().get("/api/posts/" + postId).json().get("title").textValue()).isEqualTo("T");
        assertThat(patch().status()).as("once the database answers again").isEqualTo(200);
    }

    @Test
    void a_request_beyond_the_concurrency_limit_is_answered_503_with_retry_after_at_once() throws Exception {
        ApiResponse shed;
        CompletableFuture<ApiResponse> inFlight;
        try (Connection lock = lockingThePost(postId)) {
            inFlight = CompletableFuture.supplyAsync(this::patch);
            shed = waitForShedRequest();
            lock.rollback();
        }

        assertThat(shed.status()).as(shed.toString()).isEqualTo(503);
        assertThat(shed.contentType()).startsWith("application/problem+json");
        assertThat(shed.header("Retry-After")).contains("1");
        assertThat(inFlight.get(10, TimeUnit.SECONDS).status()).isIn(200, 503);
        assertThat(new ApiClient(server.getURI()).get("/api/posts").status()).as("the permit came back").isEqualTo(200);
    }

    /** The in-flight PATCH takes the only permit soon after it is sent: ask until a request is shed. */
    private ApiResponse waitForShedRequest() throws InterruptedException {
        ApiClient anonymous = new ApiClient(server.getURI());
        ApiResponse last = null;
        for (int i = 0; i < 100; i++) {
            last = anonymous.get("/api/posts");
            if (last.status() == 503) {
                return last;
            }
            Thread.sleep(5);
        }
        return last;
    }
}
