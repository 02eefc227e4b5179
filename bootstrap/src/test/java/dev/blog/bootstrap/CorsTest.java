package dev.blog.bootstrap;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.blog.testsupport.database.TestDatabase;
import dev.blog.testsupport.http.ApiClient;
import dev.blog.testsupport.http.ApiResponse;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A browser front end on an allowed origin may call the API; pages on any other origin get a clear refusal. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorsTest implements TestPropertyProvider {

    static final String FRONT_END = "https://app.example.com";
    static final String OTHER = "https://elsewhere.example.org";

    @Inject
    EmbeddedServer server;

    ApiClient api;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.get().micronautProperties());
        properties.put("blog.cors.allowed-origins", FRONT_END + ",http://localhost:5173");
        return properties;
    }

    @BeforeEach
    void connect() {
        api = new ApiClient(server.getURI());
    }

    @Test
    void a_preflight_from_an_allowed_origin_is_answered() {
        ApiResponse preflight = api.send("OPTIONS", "/api/users/1", null, null, Map.of("Origin", FRONT_END,
                "Access-Control-Request-Method", "PATCH", "Access-Control-Request-Headers", "content-type,if-match"));

        assertThat(preflight.status()).as(preflight.toString()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).contains(FRONT_END);
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("PATCH");
        assertThat(preflight.headers().allValues("Access-Control-Allow-Headers").toString().toLowerCase())
                .contains("content-type", "if-match");
        assertThat(preflight.header("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    void a_request_from_an_allowed_origin_may_be_read_with_its_location_and_request_id() {
        ApiResponse response = api.send("GET", "/api/users", null, null, Map.of("Origin", FRONT_END));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Access-Control-Allow-Origin")).contains(FRONT_END);
        assertThat(response.headers().allValues("Access-Control-Expose-Headers").toString())
                .contains("Location", "X-Request-Id");
    }

    @Test
    void a_preflight_from_another_origin_is_refused_with_a_problem() {
        assertRefused(preflight(api, OTHER, "POST", "content-type"), OTHER);
    }

    @Test
    void a_request_from_another_origin_carries_no_permission_to_read_it() {
        ApiResponse response = api.send("GET", "/api/users", null, null, Map.of("Origin", OTHER));

        assertThat(response.header("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void a_preflight_writes_one_access_log_line_like_any_request() {
        ListAppender<ILoggingEvent> accessLog = new ListAppender<>();
        accessLog.start();
        Logger logger = (Logger) LoggerFactory.getLogger("dev.blog.access");
        logger.addAppender(accessLog);
        try {
            ApiResponse answered = preflight(api, FRONT_END, "POST", "content-type");
            ApiResponse refused = preflight(api, OTHER, "POST", "content-type");

            assertThat(accessLog.list).extracting(event -> "[" + event.getMDCPropertyMap().get("requestId") + "] "
                    + event.getFormattedMessage().replaceFirst(" \\d+ ms$", "")).containsExactly(
                    "[" + answered.header("X-Request-Id").orElseThrow() + "] OPTIONS /api/users 200",
                    "[" + refused.header("X-Request-Id").orElseThrow() + "] OPTIONS /api/users 403");
        } finally {
            logger.detachAppender(accessLog);
        }
    }

    static ApiResponse preflight(ApiClient api, String origin, String method, String headers) {
        return api.send("OPTIONS", "/api/users", null, null, Map.of("Origin", origin,
                "Access-Control-Request-Method", method, "Access-Control-Request-Headers", headers));
    }

    static void assertRefused(ApiResponse preflight, String origin) {
        assertThat(preflight.status()).isEqualTo(403);
        assertThat(preflight.contentType()).startsWith("application/problem+json");
        assertThat(preflight.json().get("detail").asText()).contains(origin);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEmpty();
    }
}
