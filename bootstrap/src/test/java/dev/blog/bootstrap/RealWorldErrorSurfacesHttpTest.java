package dev.blog.bootstrap;

import ch.qos.logback.classic.Level;
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
import java.util.List;
import java.util.Map;

import static dev.blog.bootstrap.Conduit.error;
import static dev.blog.bootstrap.Conduit.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error handling per surface, both ways: whatever fails under /conduit (the security filter, an unknown path,
 * a wrong method or media type, unreadable JSON, a body too large) is answered in the RealWorld format and
 * never as problem+json; the same failures under /api stay problem+json. CORS per surface: RealWorld front ends
 * on any origin, the blog API only its configured ones. And the loading rule through the RealWorld list: a
 * page of 20 articles costs the statements a page of 1 does.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealWorldErrorSurfacesHttpTest implements TestPropertyProvider {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    EmbeddedServer server;

    private Conduit conduit;
    private ApiClient api;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.get().micronautProperties());
        properties.put("micronaut.server.port", "-1");
        properties.put("micronaut.server.max-request-size", "10KB");
        properties.put("blog.cors.allowed-origins", CorsTest.FRONT_END);
        properties.put("blog.sql.log", "true");
        return properties;
    }

    @BeforeEach
    void connect() {
        TestDatabase.get().truncateAllTables();
        conduit = Conduit.anonymous(server.getURI());
        api = new ApiClient(server.getURI());
    }

    private ApiResponse raw(String method, String path, String body, String contentType) {
        return api.send(method, path, body, contentType);
    }

    @Test
    void realworld_requests_are_never_answered_with_problem_json() {
        error(raw("GET", "/conduit/api/no-such-thing", null, null), 404, "resource", "not found");
        error(raw("GET", "/conduit/nothing", null, null), 404, "resource", "not found");
        error(raw("PATCH", "/conduit/api/user", "{}", ApiClient.JSON), 405, "method", "PATCH is not allowed here");
        error(raw("POST", "/conduit/api/users", "user=x", "text/plain"), 415, "body", "must be sent as application/json");
        error(raw("POST", "/conduit/api/users", "{\"user\":", ApiClient.JSON), 422, "body",
                "is not valid JSON of the expected structure and types");
        error(raw("POST", "/conduit/api/users", "{\"user\": {\"username\": \"a\", \"username\": \"b\"}}", ApiClient.JSON),
                422, "body", "is not valid JSON of the expected structure and types");
        error(raw("POST", "/conduit/api/users", "{\"user\": {\"username\": [\"x\"]}}", ApiClient.JSON), 422,
                "username", "must be a string");
        error(raw("POST", "/conduit/api/users", "{\"user\": {\"bio\": \"" + "x".repeat(20_000) + "\"}}",
                ApiClient.JSON), 413, "body", "is larger than the service accepts");
        error(raw("GET", "/conduit/api/user", null, null), 401, "token", "is missing");
        error(raw("GET", "/conduit/api/articles?limit=1000", null, null), 422, "limit", "must be between 1 and 100");
    }

    @Test
    void blog_api_requests_are_never_answered_in_the_realworld_format() {
        for (ApiResponse response : List.of(
                raw("GET", "/api/no-such-thing", null, null),
                raw("PATCH", "/api/auth/login", "{}", ApiClient.JSON),
                raw("POST", "/api/users", "user=x", "text/plain"),
                raw("POST", "/api/users", "{\"username\":", ApiClient.JSON),
                raw("POST", "/api/users", "{\"bio\": \"" + "x".repeat(20_000) + "\"}", ApiClient.JSON),
                raw("GET", "/api/users/me", null, null),
                raw("GET", "/api/users/999", null, null),
                raw("POST", "/api/users", "{\"username\": \"\"}", ApiClient.JSON))) {
            assertThat(response.status()).as(response.toString()).isBetween(400, 499);
            assertThat(response.contentType()).as(response.toString()).startsWith(PROBLEM);
            assertThat(response.json().has("errors") && response.json().get("errors").isObject())
                    .as(response.toString()).isFalse();
        }
    }

    @Test
    void realworld_front_ends_on_any_origin_get_cors_and_the_blog_api_keeps_its_list() {
        String origin = "http://localhost:4100";
        ApiResponse preflight = api.send("OPTIONS", "/conduit/api/articles", null, null, Map.of("Origin", origin,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type,authorization"));
        ApiResponse actual = api.send("GET", "/conduit/api/tags", null, null, Map.of("Origin", origin));
        ApiResponse blogPreflight = api.send("OPTIONS", "/api/posts", null, null, Map.of("Origin", origin,
                "Access-Control-Request-Method", "POST"));

        assertThat(preflight.status()).as(preflight.toString()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).contains(origin);
        assertThat(preflight.headers().allValues("Access-Control-Allow-Headers").toString().toLowerCase())
                .contains("content-type", "authorization");
        assertThat(preflight.header("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(actual.status()).isEqualTo(200);
        assertThat(actual.header("Access-Control-Allow-Origin")).contains(origin);
        assertThat(blogPreflight.status()).isEqualTo(403);
        assertThat(blogPreflight.contentType()).startsWith(PROBLEM);
    }

    @Test
    void a_realworld_page_of_20_articles_costs_the_statements_of_a_page_of_1() {
        Conduit jake = conduit.register("jake");
        Conduit bob = conduit.register("bob");
        ok(bob.post("/profiles/jake/follow", null), 200);
        for (int i = 0; i < 20; i++) {
            ok(jake.post("/articles", """
                    {"article": {"title": "Post %d", "description": "d", "body": "b", "tagList": ["a%d", "b"]}}"""
                    .formatted(i, i)), 201);
        }

        for (String list : List.of("/articles?limit=%d", "/articles?tag=b&limit=%d", "/articles?author=jake&limit=%d",
                "/articles/feed?limit=%d")) {
            int one = statements(() -> ok(bob.get(list.formatted(1)), 200));
            int twenty = statements(() -> assertThat(ok(bob.get(list.formatted(20)), 200).get("articles")).hasSize(20));
            assertThat(twenty).as(list + ": statements of a page of 20 against a page of 1").isEqualTo(one);
        }
    }

    private static int statements(Runnable request) {
        Logger sql = (Logger) LoggerFactory.getLogger("dev.blog.sql");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        sql.addAppender(lines);
        sql.setLevel(Level.INFO);
        try {
            request.run();
        } finally {
            sql.detachAppender(lines);
        }
        return lines.list.size();
    }
}
