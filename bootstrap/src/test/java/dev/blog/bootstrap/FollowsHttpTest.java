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
 * The contract's follows: PUT and DELETE /api/users/{id}/follow, idempotent, answering the user with
 * followedByMe; every user representation shows followerCount, followingCount and followedByMe; the
 * followers and followings of a user, newest follow first; nobody follows themself; follows go with a user.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowsHttpTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    private ApiClient anonymous;
    private TestAccounts.Account ada;
    private TestAccounts.Account bob;
    private TestAccounts.Account cyd;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.get().micronautProperties());
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @BeforeEach
    void threeUsers() {
        TestDatabase.get().truncateAllTables();
        anonymous = new ApiClient(server.getURI());
        ada = TestAccounts.user(anonymous, "ada");
        bob = TestAccounts.user(anonymous, "bob");
        cyd = TestAccounts.user(anonymous, "cyd");
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private ApiResponse follow(TestAccounts.Account follower, long followee) {
        return follower.client().send("PUT", "/api/users/" + followee + "/follow", null, null);
    }

    @Test
    void following_is_idempotent_and_every_user_representation_shows_the_counts() {
        JsonNode followed = ok(follow(bob, ada.id()));
        ok(follow(bob, ada.id()));
        ok(follow(cyd, ada.id()));

        assertThat(followed.get("id").asLong()).isEqualTo(ada.id());
        assertThat(followed.get("followerCount").asLong()).isEqualTo(1);
        assertThat(followed.get("followedByMe").asBoolean()).isTrue();
        assertThat(followed.has("email")).isFalse();
        JsonNode asBob = ok(bob.client().get("/api/users/" + ada.id()));
        assertThat(asBob.get("followerCount").asLong()).isEqualTo(2);
        assertThat(asBob.get("followingCount").asLong()).isZero();
        assertThat(asBob.get("followedByMe").asBoolean()).isTrue();
        assertThat(ok(anonymous.get("/api/users/" + ada.id())).get("followedByMe").asBoolean()).isFalse();
        assertThat(ok(bob.client().get("/api/users/me")).get("followingCount").asLong()).isEqualTo(1);
        JsonNode login = bob.client().post("/api/auth/login",
                "{\"login\": \"bob\", \"password\": \"" + TestAccounts.PASSWORD + "\"}").json();
        assertThat(login.get("user").get("followingCount").asLong()).isEqualTo(1);
    }

    @Test
    void unfollowing_takes_the_follow_back_and_again_changes_nothing() {
        follow(bob, ada.id());

        JsonNode unfollowed = ok(bob.client().send("DELETE", "/api/users/" + ada.id() + "/follow", null, null));
        JsonNode again = ok(bob.client().send("DELETE", "/api/users/" + ada.id() + "/follow", null, null));

        assertThat(unfollowed.get("followerCount").asLong()).isZero();
        assertThat(unfollowed.get("followedByMe").asBoolean()).isFalse();
        assertThat(again.get("followerCount").asLong()).isZero();
    }

    @Test
    void followers_and_followings_are_listed_newest_follow_first_with_what_the_caller_follows() {
        follow(bob, ada.id());
        follow(cyd, ada.id());
        follow(bob, cyd.id());

        JsonNode followers = ok(bob.client().get("/api/users/" + ada.id() + "/followers"));
        JsonNode following = ok(anonymous.get("/api/users/" + bob.id() + "/following?limit=1"));

        assertThat(followers.get("total").asInt()).isEqualTo(2);
        assertThat(followers.get("items").get(0).get("username").asText()).isEqualTo("cyd");
        assertThat(followers.get("items").get(0).get("followedByMe").asBoolean()).isTrue();
        assertThat(followers.get("items").get(1).get("username").asText()).isEqualTo("bob");
        assertThat(following.get("items").get(0).get("username").asText()).isEqualTo("cyd");
        String next = following.get("nextCursor").asText();
        assertThat(ok(anonymous.get("/api/users/" + bob.id() + "/following?limit=1&cursor=" + next))
                .get("items").get(0).get("username").asText()).isEqualTo("ada");
    }

    @Test
    void nobody_follows_themself_anonymous_callers_get_401_and_unknown_users_404() {
        ApiResponse self = follow(ada, ada.id());

        assertThat(self.status()).isEqualTo(400);
        assertThat(self.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.send("PUT", "/api/users/" + ada.id() + "/follow", null, null).status()).isEqualTo(401);
        assertThat(follow(bob, 987_654).status()).isEqualTo(404);
        assertThat(anonymous.get("/api/users/987654/followers").status()).isEqualTo(404);
    }

    @Test
    void a_deleted_user_takes_their_follows_with_them() {
        follow(bob, ada.id());
        follow(cyd, ada.id());

        assertThat(bob.client().delete("/api/users/" + bob.id()).status()).isEqualTo(204);

        assertThat(ok(anonymous.get("/api/users/" + ada.id())).get("followerCount").asLong()).isEqualTo(1);
        assertThat(ok(anonymous.get("/api/users/" + ada.id() + "/followers")).get("total").asInt()).isEqualTo(1);
    }

    @Test
    void the_feed_shows_the_published_posts_of_the_followed_users_newest_first_and_needs_a_token() {
        for (TestAccounts.Account author : new TestAccounts.Account[] {ada, cyd, ada}) {
            assertThat(author.client().post("/api/posts", "{\"title\": \"by " + author.username()
                    + "\", \"content\": \"C\", \"published\": true}").status()).isEqualTo(201);
        }
        ada.client().post("/api/posts", "{\"title\": \"draft\", \"content\": \"C\"}");
        follow(bob, ada.id());

        JsonNode feed = ok(bob.client().get("/api/feed?limit=1"));
        JsonNode next = ok(bob.client().get("/api/feed?limit=1&cursor=" + feed.get("nextCursor").asText()));

        assertThat(feed.get("total").asInt()).isEqualTo(2);
        assertThat(feed.get("items").get(0).get("author").get("username").asText()).isEqualTo("ada");
        assertThat(next.get("items").get(0).get("id").asLong()).isLessThan(feed.get("items").get(0).get("id").asLong());
        assertThat(next.get("nextCursor").isNull()).isTrue();
        assertThat(cyd.client().get("/api/feed?cursor=" + feed.get("nextCursor").asText()).status()).isEqualTo(400);
        assertThat(anonymous.get("/api/feed").status()).isEqualTo(401);
    }
}
