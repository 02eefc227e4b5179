package dev.blog.bootstrap;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import dev.blog.testsupport.database.TestDatabase;
import dev.blog.testsupport.http.ApiClient;
import dev.blog.testsupport.http.ApiResponse;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Every request writes exactly one access-log line, which carries the request's id. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessLogTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    private final Lines lines = new Lines();
    private ApiClient api;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.get().micronautProperties();
    }

    @BeforeAll
    void listen() {
        lines.start();
        ((Logger) LoggerFactory.getLogger("dev.blog.access")).addAppender(lines);
    }

    @AfterAll
    void stopListening() {
        ((Logger) LoggerFactory.getLogger("dev.blog.access")).detachAppender(lines);
    }

    @BeforeEach
    void connect() {
        api = new ApiClient(server.getURI());
        lines.clear();
    }

    @Test
    void each_request_writes_one_line_with_method_path_template_status_duration_and_request_id() {
        ApiResponse registered = api.post("/api/users",
                "{\"username\": \"grace\", \"email\": \"grace@example.com\", \"password\": \"correct-horse\"}");
        String userPath = registered.header("Location").orElseThrow();
        ApiResponse found = api.get(userPath);
        ApiResponse missing = api.get("/api/posts/987654");
        ApiResponse invalid = api.post("/api/users", "{\"username\": \"x\"}");
        ApiResponse noRoute = api.get("/no/such/route");

        assertThat(lines.recorded()).containsExactly(
                line(registered, "POST /api/users 201"),
                line(found, "GET /api/users/{id} 200"),
                line(missing, "GET /api/posts/{id} 404"),
                line(invalid, "POST /api/users 400"),
                line(noRoute, "GET /no/such/route 404"));
    }

    @Test
    void a_client_supplied_request_id_is_the_one_in_the_line() {
        api.send("GET", "/api/users", null, null, Map.of("X-Request-Id", "client-chosen-id-42"));

        assertThat(lines.recorded()).containsExactly("[client-chosen-id-42] GET /api/users 200");
    }

    private static String line(ApiResponse response, String methodPathStatus) {
        return "[" + response.header("X-Request-Id").orElseThrow() + "] " + methodPathStatus;
    }

    /** The lines as "[request id] METHOD path status", without the duration, which varies. */
    private static final class Lines extends AppenderBase<ILoggingEvent> {

        private final List<String> lines = new CopyOnWriteArrayList<>();

        @Override
        protected void append(ILoggingEvent event) {
            String message = event.getFormattedMessage();
            assertThat(message).matches(".* \\d+ ms");
            lines.add("[" + event.getMDCPropertyMap().get("requestId") + "] " + message.replaceFirst(" \\d+ ms$", ""));
        }

        List<String> recorded() {
            return List.copyOf(lines);
        }

        void clear() {
            lines.clear();
        }
    }
}
