package dev.blog.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blog.testsupport.database.TestDatabase;
import dev.blog.testsupport.http.ApiClient;
import dev.blog.testsupport.http.ApiResponse;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Pages" section of the contract over HTTP: offset pages up to 10000, cursor pages for every list that
 * neither repeat nor drop an item, cursors bound to their list and filter values, and the page fields.
 * The posts are written by SQL: these tests are about reading lists, not about creating posts.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesHttpTest implements TestPropertyProvider {

    private static final String PROBLEM = "application/problem+json";
    private static final int POSTS = 25;

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

    /** 25 posts in pairs sharing a timestamp (so ties in createdAt are paged by id), every third one a draft. */
    @BeforeAll
    void storePosts() throws SQLException {
        TestDatabase.get().truncateAllTables();
        api = new ApiClient(server.getURI());
        for (String name : List.of("ada", "bob", "cyd")) {
            ApiResponse registered = api.post("/api/users", "{\"username\": \"" + name + "\", \"email\": \"" + name
                    + "@example.com\", \"password\": \"secret-password\"}");
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
            authorId = registered.json().get("id").longValue();
        }
        // The author of every post, so that the lists hold the drafts too.
        api = api.loggedIn("cyd", "secret-password");
        try (Connection connection = TestDatabase.get().connect(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO tags (name) VALUES ('java'), ('go')");
            sql.executeUpdate("""
                    INSERT INTO posts (author_id, slug, title, content, published, created_at, updated_at)
                    SELECT %d, 'post-' || n, 'post ' || n, 'content ' || n, n %% 3 <> 0,
                           timestamptz '2026-11-01 10:00:00Z' + (n / 2) * interval '1 minute',
                           timestamptz '2026-11-01 10:00:00Z' + (n / 2) * interval '1 minute'
                    FROM generate_series(1, %d) AS n""".formatted(authorId, POSTS));
            sql.executeUpdate("""
                    INSERT INTO post_tags (post_id, tag_id)
                    SELECT p.id, t.id FROM posts p, tags t WHERE t.name = 'java' OR p.id % 2 = 0""");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private List<JsonNode> followCursors(String path, int limit) {
        String separator = path.contains("?") ? "&" : "?";
        ApiResponse page = api.get(path + separator + "limit=" + limit);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        page.json().get("items").forEach(items::add);
        while (!page.json().get("nextCursor").isNull()) {
            page = api.get(path + separator + "limit=" + limit + "&cursor=" + encode(page.json().get("nextCursor").textValue()));
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            assertThat(page.json().get("offset").isNull()).as("offset of a cursor page").isTrue();
            page.json().get("items").forEach(items::add);
        }
        return items;
    }

    private List<JsonNode> offsetPage(String path, int limit) {
        String separator = path.contains("?") ? "&" : "?";
        ApiResponse page = api.get(path + separator + "limit=" + limit);
        List<JsonNode> items = new ArrayList<>();
        page.json().get("items").forEach(items::add);
        return items;
    }

    private static void assertBadCursor(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(PROBLEM);
        assertThat(response.json().get("errors").get(0).get("field").textValue()).isEqualTo("cursor");
    }

    private String firstCursor(String path) {
        String separator = path.contains("?") ? "&" : "?";
        return api.get(path + separator + "limit=2").json().get("nextCursor").textValue();
    }

    @Test
    void every_list_pages_by_cursor_through_the_same_items_as_one_big_offset_page() {
        for (String list : List.of("/api/posts", "/api/posts?published=true", "/api/posts?tag=Java",
                "/api/posts?authorId=" + authorId, "/api/users/" + authorId + "/posts", "/api/tags/java/posts",
                "/api/tags/go/posts", "/api/tags", "/api/users")) {
            List<JsonNode> byCursor = followCursors(list, 4);
            List<JsonNode> atOnce = offsetPage(list, 100);

            assertThat(byCursor).as(list).isNotEmpty().containsExactlyElementsOf(atOnce);
        }
    }

    @Test
    void a_page_shows_offset_limit_an_exact_total_and_the_next_cursor_or_null_on_the_last_page() {
        JsonNode first = api.get("/api/posts?limit=10").json();
        JsonNode last = api.get("/api/posts?offset=20&limit=10").json();

        assertThat(first.get("offset").intValue()).isZero();
        assertThat(first.get("limit").intValue()).isEqualTo(10);
        assertThat(first.get("total").numberValue().longValue()).isEqualTo(POSTS);
        assertThat(first.get("totalExact").booleanValue()).isTrue();
        assertThat(first.get("nextCursor").textValue()).isNotBlank();
        assertThat(last.get("items")).hasSize(5);
        assertThat(last.has("nextCursor")).isTrue();
        assertThat(last.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void offsets_go_to_10000_and_beyond_that_the_problem_points_to_the_cursor() {
        ApiResponse deepest = api.get("/api/posts?offset=10000");
        ApiResponse beyond = api.get("/api/posts?offset=10001");

        assertThat(deepest.status()).as(deepest.toString()).isEqualTo(200);
        assertThat(deepest.json().get("items")).isEmpty();
        assertThat(beyond.status()).as(beyond.toString()).isEqualTo(400);
        assertThat(beyond.contentType()).startsWith(PROBLEM);
        assertThat(beyond.json().get("errors").get(0).get("field").textValue()).isEqualTo("offset");
        assertThat(beyond.body()).contains("cursor");
    }

    @Test
    void a_cursor_with_an_offset_is_a_400_naming_the_cursor() {
        String cursor = firstCursor("/api/posts");

        assertBadCursor(api.get("/api/posts?offset=0&cursor=" + encode(cursor)));
    }

    @Test
    void a_tampered_or_made_up_cursor_is_a_400() {
        String cursor = firstCursor("/api/posts");
        char flipped = cursor.charAt(3) == 'A' ? 'B' : 'A';
        String tampered = cursor.substring(0, 3) + flipped + cursor.substring(4);

        assertBadCursor(api.get("/api/posts?cursor=" + encode(tampered)));
        assertBadCursor(api.get("/api/posts?cursor=" + encode(cursor.substring(0, cursor.length() - 1))));
        assertBadCursor(api.get("/api/posts?cursor=not-a-cursor"));
        assertBadCursor(api.get("/api/posts?cursor=" + encode("a".repeat(600) + "." + "b".repeat(22))));
        assertBadCursor(api.get("/api/posts?cursor="));
    }

    @Test
    void a_cursor_of_another_list_or_of_other_filter_values_is_a_400() {
        String ofAllPosts = firstCursor("/api/posts");
        String ofPublished = firstCursor("/api/posts?published=true");
        String ofJava = firstCursor("/api/tags/java/posts");

        assertBadCursor(api.get("/api/posts?published=true&cursor=" + encode(ofAllPosts)));
        assertBadCursor(api.get("/api/posts?cursor=" + encode(ofPublished)));
        assertBadCursor(api.get("/api/tags/go/posts?cursor=" + encode(ofJava)));
        assertBadCursor(api.get("/api/users/" + authorId + "/posts?cursor=" + encode(ofAllPosts)));
        assertBadCursor(api.get("/api/users?cursor=" + encode(ofAllPosts)));
        assertBadCursor(api.get("/api/tags?cursor=" + encode(ofAllPosts)));
    }

    @Test
    void the_same_filter_written_differently_keeps_its_cursor() {
        String ofJava = firstCursor("/api/posts?tag=java");

        ApiResponse next = api.get("/api/posts?tag=%20JAVA%20&limit=2&cursor=" + encode(ofJava));

        assertThat(next.status()).as(next.toString()).isEqualTo(200);
    }
}
