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
 * The contract's likes: PUT and DELETE /api/posts/{id}/like, idempotent, answering the post's likes; every
 * post representation shows likeCount and the caller's likedByMe; GET /api/posts?likedBy= lists what a user
 * likes; drafts of others cannot be liked (404); likes go with their user.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LikesHttpTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    private ApiClient anonymous;
    private TestAccounts.Account ada;
    private TestAccounts.Account bob;
    private long post;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.get().micronautProperties());
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @BeforeEach
    void twoUsersAndAPost() {
        TestDatabase.get().truncateAllTables();
        anonymous = new ApiClient(server.getURI());
        ada = TestAccounts.user(anonymous, "ada");
        bob = TestAccounts.user(anonymous, "bob");
        post = create(ada, true);
    }

    private long create(TestAccounts.Account author, boolean published) {
        ApiResponse created = author.client().post("/api/posts",
                "{\"title\": \"T\", \"content\": \"C\", \"published\": " + published + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    @Test
    void liking_is_idempotent_and_each_representation_shows_the_count_and_the_callers_own_like() {
        JsonNode first = ok(bob.client().send("PUT", "/api/posts/" + post + "/like", null, null));
        JsonNode again = ok(bob.client().send("PUT", "/api/posts/" + post + "/like", null, null));
        JsonNode ada2 = ok(ada.client().send("PUT", "/api/posts/" + post + "/like", null, null));

        assertThat(first.toString()).isEqualTo("{\"likeCount\":1,\"likedByMe\":true}");
        assertThat(again.toString()).isEqualTo(first.toString());
        assertThat(ada2.get("likeCount").asLong()).isEqualTo(2);
        JsonNode asBob = ok(bob.client().get("/api/posts/" + post));
        JsonNode asAnonymous = ok(anonymous.get("/api/posts/" + post));
        JsonNode listed = ok(bob.client().get("/api/posts")).get("items").get(0);
        assertThat(asBob.get("likeCount").asLong()).isEqualTo(2);
        assertThat(asBob.get("likedByMe").asBoolean()).isTrue();
        assertThat(asAnonymous.get("likedByMe").asBoolean()).isFalse();
        assertThat(listed.get("likeCount").asLong()).isEqualTo(2);
        assertThat(listed.get("likedByMe").asBoolean()).isTrue();
    }

    @Test
    void unliking_takes_the_like_back_and_unliking_again_changes_nothing() {
        bob.client().send("PUT", "/api/posts/" + post + "/like", null, null);

        JsonNode unliked = ok(bob.client().send("DELETE", "/api/posts/" + post + "/like", null, null));
        JsonNode again = ok(bob.client().send("DELETE", "/api/posts/" + post + "/like", null, null));

        assertThat(unliked.toString()).isEqualTo("{\"likeCount\":0,\"likedByMe\":false}");
        assertThat(again.toString()).isEqualTo(unliked.toString());
    }

    @Test
    void anonymous_callers_get_401_and_others_drafts_and_unknown_posts_404() {
        long draft = create(ada, false);

        assertThat(anonymous.send("PUT", "/api/posts/" + post + "/like", null, null).status()).isEqualTo(401);
        assertThat(bob.client().send("PUT", "/api/posts/" + draft + "/like", null, null).status()).isEqualTo(404);
        assertThat(bob.client().send("DELETE", "/api/posts/" + draft + "/like", null, null).status()).isEqualTo(404);
        assertThat(bob.client().send("PUT", "/api/posts/987654/like", null, null).status()).isEqualTo(404);
        assertThat(ok(ada.client().send("PUT", "/api/posts/" + draft + "/like", null, null))
                .get("likeCount").asLong()).isEqualTo(1);
    }

    @Test
    void liked_by_lists_the_posts_a_user_likes_that_the_caller_may_see() {
        long other = create(ada, true);
        long draft = create(ada, false);
        for (long id : new long[] {post, draft}) {
            ada.client().send("PUT", "/api/posts/" + id + "/like", null, null);
        }

        JsonNode seenByAda = ok(ada.client().get("/api/posts?likedBy=" + ada.id()));
        JsonNode seenByBob = ok(bob.client().get("/api/posts?likedBy=" + ada.id()));

        assertThat(seenByAda.get("total").asInt()).isEqualTo(2);
        assertThat(seenByBob.get("total").asInt()).isEqualTo(1);
        assertThat(seenByBob.get("items").get(0).get("id").asLong()).isEqualTo(post).isNotEqualTo(other);
        assertThat(bob.client().get("/api/posts?likedBy=abc").status()).isEqualTo(400);
    }

    @Test
    void a_deleted_user_takes_their_likes_with_them() {
        bob.client().send("PUT", "/api/posts/" + post + "/like", null, null);
        ada.client().send("PUT", "/api/posts/" + post + "/like", null, null);

        assertThat(bob.client().delete("/api/users/" + bob.id()).status()).isEqualTo(204);

        assertThat(ok(anonymous.get("/api/posts/" + post)).get("likeCount").asLong()).isEqualTo(1);
    }
}
