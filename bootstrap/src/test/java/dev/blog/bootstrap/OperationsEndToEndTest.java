package dev.blog.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator relies on: health, metrics, pool state, the API description, request ids. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsEndToEndTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    ApiClient api;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.get().micronautProperties();
    }

    @BeforeEach
    void connect() {
        api = new ApiClient(server.getURI());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/health", "/health/liveness", "/health/readiness"})
    void health_is_up_and_tells_nothing_more(String path) {
        ApiResponse health = api.get(path);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
        assertThat(health.body()).doesNotContain("jdbc:", "postgres");
    }

    @Test
    void prometheus_exposes_http_jvm_and_pool_metrics() {
        api.get("/api/users");

        ApiResponse metrics = api.get("/prometheus");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.contentType()).startsWith("text/plain");
        assertThat(metrics.body())
                .contains("http_server_requests_seconds_count{")
                .contains("uri=\"/api/users\"")
                .contains("jvm_memory_used_bytes{")
                .contains("hikaricp_connections_active{")
                .contains("hikaricp_connections_max{")
                .contains("hikaricp_connections_pending{");
    }

    @Test
    void the_pool_endpoint_shows_the_pool_state() {
        ApiResponse pool = api.get("/pool");

        assertThat(pool.status()).isEqualTo(200);
        JsonNode state = pool.json();
        assertThat(state.get("maximum").asInt()).isEqualTo(8);
        assertThat(state.get("total").asInt()).isBetween(1, 8);
        assertThat(state.get("active").asInt() + state.get("idle").asInt()).isEqualTo(state.get("total").asInt());
        assertThat(state.get("threadsWaiting").asInt()).isZero();
        assertThat(state.get("connectionTimeoutMillis").asLong()).isEqualTo(3000);
    }

    @Test
    void the_openapi_document_and_swagger_ui_are_served() {
        ApiResponse spec = api.get("/swagger/blog-1.0.yml");
        ApiResponse ui = api.get("/swagger-ui/index.html");

        assertThat(spec.status()).isEqualTo(200);
        assertThat(spec.body()).contains("openapi: 3", "/api/users:", "/api/users/{id}:", "application/problem+json",
                "maximum: 100");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui", "/swagger/blog-1.0.yml");
    }

    @Test
    void a_request_id_is_echoed_or_made_up() {
        ApiResponse given = api.send("GET", "/api/users", null, null, Map.of("X-Request-Id", "trace-42"));
        ApiResponse generated = api.get("/api/users");
        ApiResponse forged = api.send("GET", "/api/users", null, null, Map.of("X-Request-Id", "not a sane id!"));

        assertThat(given.header("X-Request-Id")).contains("trace-42");
        assertThat(generated.header("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f-]{36}"));
        assertThat(forged.header("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f-]{36}"));
        assertThat(api.get("/api/nothing").header("X-Request-Id")).isPresent();
    }
}
