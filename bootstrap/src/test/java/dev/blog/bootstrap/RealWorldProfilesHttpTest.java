package dev.blog.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blog.testsupport.database.TestDatabase;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.Map;

import static dev.blog.bootstrap.Conduit.error;
import static dev.blog.bootstrap.Conduit.ok;
import static org.assertj.core.api.Assertions.assertThat;

/** RealWorld profiles: by username (auth optional), follow and unfollow (auth required), 401 and 404. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealWorldProfilesHttpTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    private Conduit anonymous;
    private Conduit jake;
    private Conduit celeb;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.get().micronautProperties());
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @BeforeEach
    void twoUsers() {
        TestDatabase.get().truncateAllTables();
        anonymous = Conduit.anonymous(server.getURI());
        jake = anonymous.register("jake");
        celeb = anonymous.register("celeb_star");
        ok(celeb.put("/user", "{\"user\": {\"bio\": \"I work at statefarm\"}}"), 200);
    }

    @Test
    void a_profile_shows_username_bio_image_and_whether_the_caller_follows() {
        JsonNode profile = ok(anonymous.get("/profiles/celeb_star"), 200).get("profile");

        assertThat(profile.get("username").asText()).isEqualTo("celeb_star");
        assertThat(profile.get("bio").asText()).isEqualTo("I work at statefarm");
        assertThat(profile.get("image").isNull()).isTrue();
        assertThat(profile.get("following").asBoolean()).isFalse();
        assertThat(profile.has("email")).isFalse();
    }

    @Test
    void following_and_unfollowing_are_idempotent_and_show_in_the_profile() {
        JsonNode followed = ok(jake.post("/profiles/celeb_star/follow", "{\"user\": {\"email\": \"x\"}}"), 200);
        ok(jake.post("/profiles/celeb_star/follow", null), 200);

        assertThat(followed.get("profile").get("following").asBoolean()).isTrue();
        assertThat(ok(jake.get("/profiles/celeb_star"), 200).get("profile").get("following").asBoolean()).isTrue();
        assertThat(ok(anonymous.get("/profiles/celeb_star"), 200).get("profile").get("following").asBoolean())
                .isFalse();
        JsonNode unfollowed = ok(jake.delete("/profiles/celeb_star/follow"), 200);
        assertThat(unfollowed.get("profile").get("following").asBoolean()).isFalse();
        assertThat(ok(jake.delete("/profiles/celeb_star/follow"), 200).get("profile").get("following")
                .asBoolean()).isFalse();
    }

    @Test
    void unknown_profiles_are_404_and_following_needs_a_token() {
        error(anonymous.get("/profiles/nobody"), 404, "profile", "not found");
        error(anonymous.get("/profiles/x"), 404, "profile", "not found");
        error(jake.post("/profiles/nobody/follow", null), 404, "profile", "not found");
        error(jake.delete("/profiles/nobody/follow"), 404, "profile", "not found");
        error(anonymous.post("/profiles/celeb_star/follow", null), 401, "token", "is missing");
        error(anonymous.delete("/profiles/celeb_star/follow"), 401, "token", "is missing");
    }

    @Test
    void nobody_follows_themself_422() {
        error(jake.post("/profiles/jake/follow", null), 422, "profile", "a user cannot follow themself");
    }
}
