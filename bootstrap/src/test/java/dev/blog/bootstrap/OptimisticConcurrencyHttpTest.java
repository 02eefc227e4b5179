package dev.blog.bootstrap;

import dev.blog.testsupport.concurrency.Concurrently;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract's "Optimistic concurrency": a single user or post carries its version as a strong ETag;
 * PATCH and DELETE with an If-Match that is not the current version change nothing and answer 412 with the
 * current ETag; without If-Match they proceed; of two PATCHes sent with the same If-Match exactly one wins.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OptimisticConcurrencyHttpTest implements TestPropertyProvider {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    EmbeddedServer server;

    private TestAccounts.Account ada;
    private long postId;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.get().micronautProperties());
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @BeforeEach
    void aUserWithAPost() {
        TestDatabase.get().truncateAllTables();
        ada = TestAccounts.user(new ApiClient(server.getURI()), "ada");
        ApiResponse created = ada.client().post("/api/posts", "{\"title\": \"T\", \"content\": \"C\", \"published\": true}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        postId = created.json().get("id").asLong();
    }

    private ApiResponse patch(String path, String body, String ifMatch) {
        return ada.client().send("PATCH", path, body, MERGE_PATCH,
                ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch));
    }

    private ApiResponse delete(String path, String ifMatch) {
        return ada.client().send("DELETE", path, null, null, Map.of("If-Match", ifMatch));
    }

    @Test
    void a_post_and_a_user_carry_their_version_as_a_strong_etag_that_each_change_moves_on() {
        for (String path : List.of("/api/posts/" + postId, "/api/users/" + ada.id())) {
            String before = ada.client().get(path).header("ETag").orElseThrow();
            ApiResponse changed = patch(path, path.contains("posts") ? "{\"title\": \"New\"}" : "{\"bio\": \"New\"}",
                    before);

            assertThat(before).as(path).matches("\"\\d+\"");
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
            assertThat(changed.header("ETag")).as(path).isPresent().get().isNotEqualTo(before);
            assertThat(ada.client().get(path).header("ETag")).isEqualTo(changed.header("ETag"));
        }
        assertThat(ada.client().get("/api/users/me").header("ETag"))
                .isEqualTo(ada.client().get("/api/users/" + ada.id()).header("ETag"));
    }

    @Test
    void a_stale_if_match_is_412_with_the_current_etag_and_changes_nothing() {
        for (String path : List.of("/api/posts/" + postId, "/api/users/" + ada.id())) {
            String body = path.contains("posts") ? "{\"title\": \"Changed\"}" : "{\"bio\": \"Changed\"}";
            String stale = ada.client().get(path).header("ETag").orElseThrow();
            String current = patch(path, body, null).header("ETag").orElseThrow();
            String representation = ada.client().get(path).body();

            ApiResponse stalePatch = patch(path, path.contains("posts") ? "{\"title\": \"Lost\"}" : "{\"bio\": \"Lost\"}",
                    stale);
            ApiResponse weak = patch(path, body, "W/" + current);
            ApiResponse staleDelete = delete(path, stale);

            for (ApiResponse refused : List.of(stalePatch, weak, staleDelete)) {
                assertThat(refused.status()).as(refused.toString()).isEqualTo(412);
                assertThat(refused.contentType()).startsWith("application/problem+json");
                assertThat(refused.header("ETag")).contains(current);
            }
            assertThat(ada.client().get(path).body()).isEqualTo(representation);
        }
    }

    @Test
    void without_if_match_or_with_star_a_change_proceeds_and_a_malformed_if_match_is_400() {
        String path = "/api/posts/" + postId;

        assertThat(patch(path, "{\"title\": \"One\"}", null).status()).isEqualTo(200);
        assertThat(patch(path, "{\"title\": \"Two\"}", "*").status()).isEqualTo(200);
        ApiResponse malformed = patch(path, "{\"title\": \"Three\"}", "7");
        assertThat(malformed.status()).as(malformed.toString()).isEqualTo(400);
        assertThat(malformed.body()).contains("If-Match");
        assertThat(ada.client().get(path).json().get("title").textValue()).isEqualTo("Two");
        assertThat(delete(path, ada.client().get(path).header("ETag").orElseThrow()).status()).isEqualTo(204);
    }

    @Test
    void of_ten_concurrent_patches_with_the_same_if_match_exactly_one_wins() throws Exception {
        for (String path : List.of("/api/posts/" + postId, "/api/users/" + ada.id())) {
            String etag = ada.client().get(path).header("ETag").orElseThrow();

            List<Integer> statuses = Concurrently.run(IntStream.range(0, 10).<Callable<Integer>>mapToObj(i -> () ->
                    patch(path, path.contains("posts") ? "{\"title\": \"T" + i + "\"}" : "{\"bio\": \"B" + i + "\"}",
                            etag).status()).toList());

            assertThat(statuses).as(path).filteredOn(status -> status == 200).hasSize(1);
            assertThat(statuses).as(path).filteredOn(status -> status == 412).hasSize(9);
        }
    }
}
