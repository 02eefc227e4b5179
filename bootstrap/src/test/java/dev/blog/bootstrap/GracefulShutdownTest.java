package dev.blog.bootstrap;

import dev.blog.testsupport.database.TestDatabase;
import dev.blog.testsupport.http.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM to the real service while a request is in flight: the request still completes, new requests
 * are refused, and the process exits. The request is held in flight by a row lock the test takes on
 * the post it changes, so nothing depends on timing.
 */
class GracefulShutdownTest {

    private Process service;

    @AfterEach
    void stopService() {
        if (service != null) {
            service.destroyForcibly();
        }
    }

    @Test
    void an_in_flight_request_completes_after_sigterm_and_new_ones_are_refused() throws Exception {
        TestDatabase database = TestDatabase.get();
        database.truncateAllTables();
        int port = freePort();
        service = start(database, port);
        ApiClient api = new ApiClient(URI.create("http://127.0.0.1:" + port));
        assertThat(eventually(() -> isUp(api))).as("the service started").isTrue();
        api.post("/api/users", """
                {"username": "ada", "email": "ada@example.com", "password": "secret-password"}""");
        String token = api.login("ada", "secret-password");
        long postId = api.withToken(token).post("/api/posts", """
                {"title": "Before", "content": "Some content"}""").json().get("id").asLong();

        CompletableFuture<HttpResponse<String>> inFlight;
        try (Connection lock = database.connect(); Statement statement = lock.createStatement()) {
            lock.setAutoCommit(false);
            statement.execute("SELECT id FROM posts WHERE id = " + postId + " FOR UPDATE");
            inFlight = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/posts/" + postId))
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"title\": \"After\"}"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(eventually(() -> waitingForLock(statement))).as("the request is in flight").isTrue();

            service.toHandle().destroy();

            assertThat(eventually(() -> refuses(api))).as("new requests are refused").isTrue();
            lock.commit();
        }

        HttpResponse<String> completed = inFlight.get(30, TimeUnit.SECONDS);
        assertThat(completed.statusCode()).isEqualTo(200);
        assertThat(completed.body()).contains("\"title\":\"After\"");
        assertThat(service.waitFor(30, TimeUnit.SECONDS)).as("the service exited").isTrue();
    }

    private static Process start(TestDatabase database, int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                BlogApplication.class.getName());
        builder.environment().put("DATASOURCES_DEFAULT_URL", database.jdbcUrl());
        builder.environment().put("DATASOURCES_DEFAULT_USERNAME", database.username());
        builder.environment().put("DATASOURCES_DEFAULT_PASSWORD", database.password());
        builder.environment().put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return builder.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean isUp(ApiClient api) {
        try {
            return api.get("/health").status() == 200;
        } catch (IllegalStateException notListeningYet) {
            return false;
        }
    }

    /** Refused: the connection is turned away, or the server answers that it is shutting down. */
    private static boolean refuses(ApiClient api) {
        try {
            return api.get("/health/liveness").status() == 503;
        } catch (IllegalStateException refused) {
            return true;
        }
    }

    private static boolean waitingForLock(Statement statement) {
        try (ResultSet waiting = statement.executeQuery("SELECT count(*) FROM pg_locks WHERE NOT granted")) {
            waiting.next();
            return waiting.getInt(1) > 0;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }
}
