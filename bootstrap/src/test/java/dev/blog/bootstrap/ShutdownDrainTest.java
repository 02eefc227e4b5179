package dev.blog.bootstrap;

import dev.blog.testsupport.database.TestDatabase;
import dev.blog.testsupport.http.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a drain delay, SIGTERM first turns readiness DOWN while the instance keeps serving, so that a
 * load balancer stops sending it requests before it stops accepting them; then it exits as usual.
 */
class ShutdownDrainTest {

    private Process service;

    @AfterEach
    void stopService() {
        if (service != null) {
            service.destroyForcibly();
        }
    }

    @Test
    void after_sigterm_readiness_is_down_while_requests_are_still_served_then_the_service_exits() throws Exception {
        TestDatabase database = TestDatabase.get();
        int port = freePort();
        service = start(database, port, "15s");
        ApiClient api = new ApiClient(URI.create("http://127.0.0.1:" + port));
        assertThat(eventually(() -> status(api, "/health/readiness") == 200)).as("the service is ready").isTrue();

        service.toHandle().destroy();

        assertThat(eventually(() -> status(api, "/health/readiness") == 503)).as("readiness went DOWN").isTrue();
        assertThat(api.get("/api/users").status()).as("the API still answers while draining").isEqualTo(200);
        assertThat(api.get("/health/liveness").status()).as("and the instance is alive").isEqualTo(200);
        assertThat(service.waitFor(60, TimeUnit.SECONDS)).as("the service exited after the delay").isTrue();
        assertThat(service.exitValue()).as("as after a plain SIGTERM").isEqualTo(143);
    }

    @Test
    void without_a_drain_delay_sigterm_stops_the_service_as_before() throws Exception {
        TestDatabase database = TestDatabase.get();
        int port = freePort();
        service = start(database, port, "0s");
        ApiClient api = new ApiClient(URI.create("http://127.0.0.1:" + port));
        assertThat(eventually(() -> status(api, "/health/readiness") == 200)).as("the service is ready").isTrue();

        service.toHandle().destroy();

        assertThat(service.waitFor(30, TimeUnit.SECONDS)).as("the service exited").isTrue();
    }

    private static Process start(TestDatabase database, int port, String drainDelay) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                BlogApplication.class.getName());
        builder.environment().put("DATASOURCES_DEFAULT_URL", database.jdbcUrl());
        builder.environment().put("DATASOURCES_DEFAULT_USERNAME", database.username());
        builder.environment().put("DATASOURCES_DEFAULT_PASSWORD", database.password());
        builder.environment().put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        builder.environment().put("BLOG_SHUTDOWN_DRAIN_DELAY", drainDelay);
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return builder.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The status of a GET, or -1 while nothing listens. */
    private static int status(ApiClient api, String path) {
        try {
            return api.get(path).status();
        } catch (IllegalStateException notListening) {
            return -1;
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
