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

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Summaries and the list representation: lists carry a summary instead of the content, so a page stays
 * small whatever the posts hold; the single representation carries the content and the author's summary.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostSummariesHttpTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    private ApiClient api;
    private long authorId;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.get().micronautProperties());
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @BeforeEach
    void emptyTables() {
        TestDatabase.get().truncateAllTables();
        api = new ApiClient(server.getURI());
        ApiResponse registered = api.post("/api/users",
                "{\"username\": \"ada\", \"email\": \"ada@example.com\", \"password\": \"secret-password\"}");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        authorId = registered.json().get("id").longValue();
        api = api.loggedIn("ada", "secret-password");
    }

    private JsonNode create(String body) {
        ApiResponse created = api.post("/api/posts", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void a_list_shows_the_authors_summary_or_an_excerpt_and_never_the_content() {
        String longContent = "word ".repeat(100).strip();
        JsonNode summarised = create("{\"title\": \"One\", \"content\": \"" + longContent
                + "\", \"summary\": \"In short\", \"published\": true}");
        JsonNode plain = create("{\"title\": \"Two\", \"content\": \"" + longContent + "\", \"published\": true}");

        JsonNode items = api.get("/api/posts").json().get("items");

        assertThat(summarised.get("summary").textValue()).isEqualTo("In short");
        assertThat(plain.has("summary")).isTrue();
        assertThat(plain.get("summary").isNull()).isTrue();
        assertThat(items.get(0).get("summary").textValue()).isEqualTo("word ".repeat(40).strip());
        assertThat(items.get(1).get("summary").textValue()).isEqualTo("In short");
        assertThat(fieldNames(items.get(0))).doesNotContain("content")
                .containsExactlyInAnyOrder("id", "slug", "title", "summary", "published", "viewCount", "likeCount", "likedByMe", "commentCount", "createdAt",
                        "updatedAt", "author", "tags");
        assertThat(api.get("/api/users/" + authorId + "/posts").json().get("items").get(0).has("content")).isFalse();
    }

    @Test
    void a_merge_patch_sets_and_clears_the_summary_and_refuses_an_empty_or_blank_one() {
        long id = create("{\"title\": \"One\", \"content\": \"Body\"}").get("id").longValue();

        ApiResponse set = api.patch("/api/posts/" + id, "{\"summary\": \"Short\"}");
        ApiResponse untouched = api.patch("/api/posts/" + id, "{\"title\": \"One again\"}");
        ApiResponse cleared = api.patch("/api/posts/" + id, "{\"summary\": null}");

        assertThat(set.json().get("summary").textValue()).isEqualTo("Short");
        assertThat(untouched.json().get("summary").textValue()).isEqualTo("Short");
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().get("summary").isNull()).isTrue();
        for (String bad : List.of("\"\"", "\"   \"", "\"" + "a".repeat(501) + "\"", "42")) {
            ApiResponse refused = api.patch("/api/posts/" + id, "{\"summary\": " + bad + "}");
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").textValue()).isEqualTo("summary");
        }
        ApiResponse refusedAtCreation = api.post("/api/posts",
                "{\"title\": \"T\", \"content\": \"C\", \"summary\": \"\"}");
        assertThat(refusedAtCreation.status()).isEqualTo(400);
        assertThat(api.get("/api/posts/" + id).json().get("summary").isNull()).isTrue();
    }

    @Test
    void a_page_of_100_posts_of_100000_characters_each_is_under_100_kb() throws SQLException {
        try (Connection connection = TestDatabase.get().connect();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO posts (author_id, slug, title, content, published, created_at, updated_at)
                     SELECT ?, 'big-' || n, 'big ' || n, repeat('lorem ipsum ', 8333) || 'end.', true, now(), now()
                     FROM generate_series(1, 100) AS n""")) {
            insert.setLong(1, authorId);
            insert.executeUpdate();
        }

        ApiResponse page = api.get("/api/posts?limit=100");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("items")).hasSize(100);
        assertThat(page.body().getBytes(StandardCharsets.UTF_8).length).isLessThan(100 * 1024);
    }

    @Test
    void json_is_written_as_utf8_not_as_escapes() {
        create("{\"title\": \"Grüße aus Köln 😀\", \"content\": \"Ünïcödé\", \"published\": true}");

        ApiResponse page = api.get("/api/posts");

        assertThat(page.contentType()).startsWith("application/json");
        assertThat(page.body()).contains("Grüße aus Köln 😀").doesNotContain("\\u");
    }
}
