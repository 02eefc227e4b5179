package dev.blog.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract's comments: POST /api/posts/{id}/comments (201 + Location), GET /api/comments/{id} with its
 * ETag, the post's comments oldest first, PATCH by the comment's author or an admin with If-Match, DELETE by
 * the comment's author, the post's author or an admin; a draft's comments are out of reach for others; the
 * post's commentCount follows; comments go with their post and with their author.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommentsHttpTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    private ApiClient anonymous;
    private TestAccounts.Account ada;
    private TestAccounts.Account bob;
    private TestAccounts.Account eve;
    private TestAccounts.Account admin;
    private long post;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.get().micronautProperties());
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @BeforeEach
    void anAuthorReadersAndAPost() {
        TestDatabase.get().truncateAllTables();
        anonymous = new ApiClient(server.getURI());
        ada = TestAccounts.user(anonymous, "ada");
        bob = TestAccounts.user(anonymous, "bob");
        eve = TestAccounts.user(anonymous, "eve");
        admin = TestAccounts.admin(anonymous, "root");
        post = create(ada, true);
    }

    private long create(TestAccounts.Account author, boolean published) {
        ApiResponse created = author.client().post("/api/posts",
                "{\"title\": \"T\", \"content\": \"C\", \"published\": " + published + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private ApiResponse comment(TestAccounts.Account author, long postId, String body) {
        return author.client().post("/api/posts/" + postId + "/comments", "{\"body\": \"" + body + "\"}");
    }

    private long commentId(TestAccounts.Account author, long postId, String body) {
        ApiResponse created = comment(author, postId, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static JsonNode status(ApiResponse response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response.body().isEmpty() ? null : response.json();
    }

    private static void problem(ApiResponse response, int status, String detail) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).contains(detail);
    }

    @Test
    void a_comment_is_created_with_its_location_and_read_back_with_its_etag() {
        ApiResponse created = comment(bob, post, "Thanks, ad\u00e9!");

        JsonNode body = status(created, 201);
        long id = body.get("id").asLong();
        assertThat(created.header("Location")).contains("/api/comments/" + id);
        assertThat(created.header("ETag")).contains("\"0\"");
        assertThat(body.get("postId").asLong()).isEqualTo(post);
        assertThat(body.get("body").asText()).isEqualTo("Thanks, ad\u00e9!");
        assertThat(body.get("author").toString()).isEqualTo(
                "{\"id\":" + bob.id() + ",\"username\":\"bob\",\"fullName\":null,\"imageUrl\":null}");
        assertThat(body.get("createdAt").asText()).isEqualTo(body.get("updatedAt").asText()).endsWith("Z");
        assertThat(body.size()).as("exactly the contract's fields").isEqualTo(6);

        ApiResponse read = anonymous.get("/api/comments/" + id);
        assertThat(status(read, 200)).isEqualTo(body);
        assertThat(read.header("ETag")).contains("\"0\"");
        assertThat(status(anonymous.get("/api/posts/" + post), 200).get("commentCount").asLong()).isEqualTo(1);
        assertThat(status(anonymous.get("/api/posts"), 200).get("items").get(0).get("commentCount").asLong())
                .isEqualTo(1);
    }

    @Test
    void bad_bodies_are_400s_naming_the_field_and_anonymous_callers_get_401() {
        problem(bob.client().post("/api/posts/" + post + "/comments", "{\"body\": \"\"}"), 400, "body");
        problem(bob.client().post("/api/posts/" + post + "/comments", "{\"body\": \"   \"}"), 400, "body");
        problem(bob.client().post("/api/posts/" + post + "/comments", "{}"), 400, "body");
        problem(bob.client().post("/api/posts/" + post + "/comments",
                "{\"body\": \"" + "x".repeat(5001) + "\"}"), 400, "body");
        problem(bob.client().post("/api/posts/" + post + "/comments", "{\"body\": \"a\\u0000b\"}"), 400, "body");
        problem(bob.client().post("/api/posts/" + post + "/comments", "{\"body\": \"x\", \"postId\": 3}"), 400,
                "postId");
        status(bob.client().post("/api/posts/" + post + "/comments", "{\"body\": \"" + "x".repeat(5000) + "\"}"), 201);
        ApiResponse noToken = anonymous.post("/api/posts/" + post + "/comments", "{\"body\": \"hi\"}");
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.header("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        assertThat(status(anonymous.get("/api/posts/" + post + "/comments"), 200).get("total").asLong()).isEqualTo(1);
    }

    @Test
    void a_posts_comments_are_paged_oldest_first_by_offset_and_by_cursor() {
        for (int i = 1; i <= 5; i++) {
            commentId(i % 2 == 0 ? ada : bob, post, "c" + i);
        }

        JsonNode first = status(anonymous.get("/api/posts/" + post + "/comments?limit=2"), 200);
        JsonNode second = status(anonymous.get("/api/posts/" + post + "/comments?limit=2&cursor="
                + first.get("nextCursor").asText()), 200);
        JsonNode skipped = status(anonymous.get("/api/posts/" + post + "/comments?offset=4"), 200);

        assertThat(bodies(first)).containsExactly("c1", "c2");
        assertThat(first.get("total").asLong()).isEqualTo(5);
        assertThat(first.get("offset").asInt()).isZero();
        assertThat(bodies(second)).containsExactly("c3", "c4");
        assertThat(second.get("offset").isNull()).isTrue();
        assertThat(bodies(skipped)).containsExactly("c5");
        assertThat(skipped.get("nextCursor").isNull()).isTrue();
        long other = create(ada, true);
        problem(anonymous.get("/api/posts/" + other + "/comments?cursor=" + first.get("nextCursor").asText()), 400,
                "cursor");
        problem(anonymous.get("/api/posts/" + post + "/comments?limit=0"), 400, "limit");
        problem(anonymous.get("/api/posts/" + post + "/comments?offset=10001"), 400, "cursor");
    }

    private static List<String> bodies(JsonNode page) {
        List<String> bodies = new ArrayList<>();
        page.get("items").forEach(item -> bodies.add(item.get("body").asText()));
        return bodies;
    }

    @Test
    void the_comments_of_a_draft_and_of_missing_posts_are_404_for_everyone_who_may_not_see_the_draft() {
        long draft = create(ada, false);
        long note = commentId(ada, draft, "note to self");

        problem(comment(bob, draft, "hi"), 404, "Post " + draft + " does not exist");
        problem(bob.client().get("/api/comments/" + note), 404, "Comment " + note + " does not exist");
        problem(anonymous.get("/api/posts/" + draft + "/comments"), 404, "Post " + draft);
        problem(bob.client().patch("/api/comments/" + note, "{\"body\": \"x\"}"), 404, "Comment " + note);
        problem(bob.client().delete("/api/comments/" + note), 404, "Comment " + note);
        problem(comment(bob, 987_654, "hi"), 404, "Post 987654 does not exist");
        problem(anonymous.get("/api/posts/987654/comments"), 404, "Post 987654");
        problem(anonymous.get("/api/comments/987654"), 404, "Comment 987654 does not exist");
        status(admin.client().get("/api/comments/" + note), 200);
        status(ada.client().get("/api/posts/" + draft + "/comments"), 200);
    }

    @Test
    void the_author_or_an_admin_may_patch_with_if_match_and_a_stale_version_is_412() {
        long id = commentId(bob, post, "Frist");

        problem(ada.client().patch("/api/comments/" + id, "{\"body\": \"hijacked\"}"), 403,
                "Only its owner or an admin may change this comment");
        problem(anonymous.patch("/api/comments/" + id, "{\"body\": \"x\"}"), 401, "token");
        problem(bob.client().patch("/api/comments/" + id, "{\"body\": null}"), 400, "body");
        problem(bob.client().patch("/api/comments/" + id, "{\"postId\": 9}"), 400, "postId");
        ApiResponse changed = bob.client().send("PATCH", "/api/comments/" + id, "{\"body\": \"First\"}",
                "application/merge-patch+json", Map.of("If-Match", "\"0\""));
        assertThat(status(changed, 200).get("body").asText()).isEqualTo("First");
        assertThat(changed.header("ETag")).contains("\"1\"");
        ApiResponse stale = bob.client().send("PATCH", "/api/comments/" + id, "{\"body\": \"Second\"}",
                ApiClient.JSON, Map.of("If-Match", "\"0\""));
        problem(stale, 412, "current version is 1");
        assertThat(stale.header("ETag")).contains("\"1\"");
        JsonNode unchanged = status(bob.client().patch("/api/comments/" + id, "{}"), 200);
        assertThat(unchanged.get("body").asText()).isEqualTo("First");
        assertThat(status(admin.client().patch("/api/comments/" + id, "{\"body\": \"[removed]\"}"), 200)
                .get("body").asText()).isEqualTo("[removed]");
        JsonNode read = status(anonymous.get("/api/comments/" + id), 200);
        assertThat(read.get("updatedAt").asText()).isGreaterThan(read.get("createdAt").asText());
    }

    @Test
    void the_comments_author_the_posts_author_or_an_admin_may_delete_others_get_403() {
        long byBob = commentId(bob, post, "one");
        long another = commentId(bob, post, "two");
        long third = commentId(bob, post, "three");

        problem(eve.client().delete("/api/comments/" + byBob), 403,
                "Only the comment's author, the post's author or an admin may delete this comment");
        problem(anonymous.delete("/api/comments/" + byBob), 401, "token");
        problem(bob.client().send("DELETE", "/api/comments/" + byBob, null, null, Map.of("If-Match", "\"7\"")), 412,
                "current version is 0");
        status(bob.client().send("DELETE", "/api/comments/" + byBob, null, null, Map.of("If-Match", "\"0\"")), 204);
        status(ada.client().delete("/api/comments/" + another), 204);
        status(admin.client().delete("/api/comments/" + third), 204);
        problem(bob.client().delete("/api/comments/" + byBob), 404, "Comment " + byBob);
        assertThat(status(anonymous.get("/api/posts/" + post), 200).get("commentCount").asLong()).isZero();
    }

    @Test
    void comments_go_with_their_post_and_with_their_author() {
        long byEve = commentId(eve, post, "eve was here");
        long byBob = commentId(bob, post, "bob too");
        long otherPost = create(bob, true);
        long onOtherPost = commentId(ada, otherPost, "on bob's post");

        status(eve.client().delete("/api/users/" + eve.id()), 204);
        problem(anonymous.get("/api/comments/" + byEve), 404, "Comment " + byEve);
        status(anonymous.get("/api/comments/" + byBob), 200);
        assertThat(status(anonymous.get("/api/posts/" + post), 200).get("commentCount").asLong()).isEqualTo(1);

        status(bob.client().delete("/api/posts/" + otherPost), 204);
        problem(anonymous.get("/api/comments/" + onOtherPost), 404, "Comment " + onOtherPost);
    }

    @Test
    void fifty_users_commenting_at_once_are_all_counted() throws Exception {
        List<TestAccounts.Account> readers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            readers.add(TestAccounts.user(anonymous, "reader" + i));
        }
        List<Callable<Integer>> comments = new ArrayList<>();
        for (TestAccounts.Account reader : readers) {
            comments.add(() -> comment(reader, post, "me too").status());
        }

        assertThat(Concurrently.run(comments)).containsOnly(201);

        assertThat(status(anonymous.get("/api/posts/" + post), 200).get("commentCount").asLong()).isEqualTo(50);
        assertThat(status(anonymous.get("/api/posts/" + post + "/comments?limit=100"), 200).get("total").asLong())
                .isEqualTo(50);
    }
}
