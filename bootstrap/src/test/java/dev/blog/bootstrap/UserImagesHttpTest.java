package dev.blog.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blog.testsupport.database.TestDatabase;
import dev.blog.testsupport.http.ApiClient;
import dev.blog.testsupport.http.ApiResponse;
import dev.blog.testsupport.http.TestAccounts;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract's imageUrl: optional at registration, merge-patchable (null clears it), an absolute http(s)
 * URL of at most 2000 characters or a 400 naming the field; shown on users and on the authors of posts.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserImagesHttpTest implements TestPropertyProvider {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    EmbeddedServer server;

    private ApiClient anonymous;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.get().micronautProperties());
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @BeforeEach
    void emptyTables() {
        TestDatabase.get().truncateAllTables();
        anonymous = new ApiClient(server.getURI());
    }

    @Test
    void a_picture_given_at_registration_shows_on_the_user_and_on_their_posts_and_null_clears_it() {
        ApiResponse registered = anonymous.post("/api/users", """
                {"username": "ada", "email": "ada@example.com", "password": "correct-horse-battery",
                 "imageUrl": "https://example.com/ada.png"}""");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        long id = registered.json().get("id").asLong();
        ApiClient ada = anonymous.loggedIn("ada", "correct-horse-battery");
        long post = ada.post("/api/posts", "{\"title\": \"T\", \"content\": \"C\", \"published\": true}")
                .json().get("id").asLong();

        assertThat(registered.json().get("imageUrl").asText()).isEqualTo("https://example.com/ada.png");
        assertThat(anonymous.get("/api/users/" + id).json().get("imageUrl").asText())
                .isEqualTo("https://example.com/ada.png");
        assertThat(anonymous.get("/api/posts/" + post).json().get("author").get("imageUrl").asText())
                .isEqualTo("https://example.com/ada.png");
        JsonNode cleared = ada.send("PATCH", "/api/users/" + id, "{\"imageUrl\": null}", MERGE_PATCH).json();
        assertThat(cleared.get("imageUrl").isNull()).isTrue();
        JsonNode changed = ada.send("PATCH", "/api/users/" + id, "{\"imageUrl\": \"http://img.example.org/a.jpg\"}",
                MERGE_PATCH).json();
        assertThat(changed.get("imageUrl").asText()).isEqualTo("http://img.example.org/a.jpg");
        assertThat(anonymous.get("/api/posts").json().get("items").get(0).get("author").get("imageUrl").asText())
                .isEqualTo("http://img.example.org/a.jpg");
    }

    @Test
    void anything_but_an_absolute_http_url_is_a_400_naming_image_url() {
        for (String bad : new String[] {"ada.png", "javascript:alert(1)", "ftp://example.com/a.png",
                "https://" + "a".repeat(2000) + ".com"}) {
            ApiResponse refused = anonymous.post("/api/users", """
                    {"username": "bob", "email": "bob@example.com", "password": "correct-horse-battery",
                     "imageUrl": "%s"}""".formatted(bad));
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.body()).as(bad).contains("imageUrl");
        }
        TestAccounts.Account bob = TestAccounts.user(anonymous, "bob");
        assertThat(anonymous.get("/api/users/" + bob.id()).json().get("imageUrl").isNull()).isTrue();
    }
}
