package dev.blog.bootstrap;

import dev.blog.testsupport.database.TestDatabase;
import dev.blog.testsupport.http.ApiClient;
import dev.blog.testsupport.http.ApiResponse;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Out of the box no other origin is allowed: an empty list must not mean "any". */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorsByDefaultTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.get().micronautProperties();
    }

    @Test
    void no_origin_is_allowed() {
        ApiClient api = new ApiClient(server.getURI());

        CorsTest.assertRefused(CorsTest.preflight(api, CorsTest.FRONT_END, "GET", "accept"), CorsTest.FRONT_END);
        ApiResponse response = api.send("GET", "/api/users", null, null, Map.of("Origin", CorsTest.FRONT_END));
        assertThat(response.header("Access-Control-Allow-Origin")).isEmpty();
    }
}
