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
 * The contract's slugs: every post shows one made from its title, unique (hello, hello-2, ...), following
 * the title when it changes; GET /api/posts/slug/{slug} finds the post as GET /api/posts/{id} does.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlugsHttpTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    private ApiClient anonymous;
    private TestAccounts.Account ada;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.get().micronautProperties());
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @BeforeEach
    void anAuthor() {
        TestDatabase.get().truncateAllTables();
        anonymous = new ApiClient(server.getURI());
        ada = TestAccounts.user(anonymous, "ada");
    }

    private JsonNode create(String title, boolean published) {
        ApiResponse created = ada.client().post("/api/posts",
                "{\"title\": \"" + title + "\", \"content\": \"C\", \"published\": " + published + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    @Test
    void a_post_gets_the_slug_of_its_title_and_a_repeated_title_the_next_number() {
        JsonNode first = create("Crème Brûlée, at Last!", true);
        JsonNode second = create("creme brulee at last", true);

        assertThat(first.get("slug").asText()).isEqualTo("creme-brulee-at-last");
        assertThat(second.get("slug").asText()).isEqualTo("creme-brulee-at-last-2");
        ApiResponse found = anonymous.get("/api/posts/slug/creme-brulee-at-last-2");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("id").asLong()).isEqualTo(second.get("id").asLong());
        assertThat(found.header("ETag")).isEqualTo(anonymous.get("/api/posts/" + second.get("id")).header("ETag"));
        assertThat(anonymous.get("/api/posts").json().get("items").get(0).get("slug").asText())
                .isEqualTo("creme-brulee-at-last-2");
    }

    @Test
    void the_slug_follows_a_new_title_and_the_old_one_is_gone() {
        long id = create("Hello", true).get("id").asLong();

        ApiResponse patched = ada.client().send("PATCH", "/api/posts/" + id, "{\"title\": \"Goodbye\"}",
                "application/merge-patch+json");

        assertThat(patched.json().get("slug").asText()).isEqualTo("goodbye");
        assertThat(anonymous.get("/api/posts/slug/goodbye").status()).isEqualTo(200);
        assertThat(anonymous.get("/api/posts/slug/hello").status()).isEqualTo(404);
    }

    @Test
    void a_draft_exists_by_slug_only_for_its_author_and_a_malformed_slug_is_a_400() {
        create("Secret plans", false);

        assertThat(anonymous.get("/api/posts/slug/secret-plans").status()).isEqualTo(404);
        assertThat(ada.client().get("/api/posts/slug/secret-plans").status()).isEqualTo(200);
        ApiResponse malformed = anonymous.get("/api/posts/slug/Not_A-Slug");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("slug");
    }
}
