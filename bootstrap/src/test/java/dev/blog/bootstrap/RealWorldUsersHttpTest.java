package dev.blog.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blog.testsupport.database.TestDatabase;
import dev.blog.testsupport.http.ApiResponse;
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

/**
 * RealWorld users: registration (201, 409, 422), login (200, 401, 422), the current user (200, 401) and its
 * update with the specification's rules for empty strings and null: {@code bio} and {@code image} "" or null
 * clear them, {@code email}, {@code username} and {@code password} can't be blank.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealWorldUsersHttpTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    private Conduit anonymous;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.get().micronautProperties());
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @BeforeEach
    void freshDatabase() {
        TestDatabase.get().truncateAllTables();
        anonymous = Conduit.anonymous(server.getURI());
    }

    @Test
    void registration_answers_201_with_the_user_and_a_token_that_works_under_the_token_scheme() {
        JsonNode user = ok(anonymous.post("/users", """
                {"user": {"username": "Jacob", "email": "jake@jake.jake", "password": "jakejake"}}"""), 201)
                .get("user");

        assertThat(user.get("username").asText()).isEqualTo("Jacob");
        assertThat(user.get("email").asText()).isEqualTo("jake@jake.jake");
        assertThat(user.get("bio").isNull()).isTrue();
        assertThat(user.get("image").isNull()).isTrue();
        assertThat(user.has("password")).isFalse();
        JsonNode me = ok(anonymous.withToken(user.get("token").asText()).get("/user"), 200).get("user");
        assertThat(me.get("username").asText()).isEqualTo("Jacob");
        assertThat(me.get("token").asText()).isNotBlank();
    }

    @Test
    void a_taken_username_or_email_in_any_case_is_409_has_already_been_taken() {
        anonymous.register("jake");

        error(anonymous.post("/users", """
                {"user": {"username": "JAKE", "email": "other@example.com", "password": "jakejake"}}"""),
                409, "username", "has already been taken");
        error(anonymous.post("/users", """
                {"user": {"username": "other", "email": "JAKE@example.com", "password": "jakejake"}}"""),
                409, "email", "has already been taken");
    }

    @Test
    void registration_without_a_required_field_is_422_cant_be_blank_naming_each() {
        ApiResponse response = anonymous.post("/users", """
                {"user": {"username": "", "password": null}}""");

        error(response, 422, "username", "can't be blank");
        assertThat(response.json().get("errors").get("email").get(0).asText()).isEqualTo("can't be blank");
        assertThat(response.json().get("errors").get("password").get(0).asText()).isEqualTo("can't be blank");
        error(anonymous.post("/users", "{}"), 422, "user", "can't be blank");
        error(anonymous.post("/users", """
                {"user": {"username": "jake", "email": "jake@example.com", "password": "short"}}"""),
                422, "password", "must be between 8 and 128 characters");
    }

    @Test
    void login_answers_the_user_with_a_token_and_a_wrong_password_or_unknown_email_is_401() {
        anonymous.register("jake");

        JsonNode user = ok(anonymous.post("/users/login", """
                {"user": {"email": "jake@example.com", "password": "%s"}}""".formatted(Conduit.PASSWORD)), 200)
                .get("user");

        assertThat(user.get("username").asText()).isEqualTo("jake");
        assertThat(ok(anonymous.withToken(user.get("token").asText()).get("/user"), 200)
                .get("user").get("email").asText()).isEqualTo("jake@example.com");
        error(anonymous.post("/users/login", """
                {"user": {"email": "jake@example.com", "password": "wrong-password"}}"""),
                401, "email or password", "is invalid");
        error(anonymous.post("/users/login", """
                {"user": {"email": "nobody@example.com", "password": "wrong-password"}}"""),
                401, "email or password", "is invalid");
        error(anonymous.post("/users/login", """
                {"user": {"email": "jake@example.com"}}"""), 422, "password", "can't be blank");
    }

    @Test
    void the_current_user_needs_a_token_401_token_is_missing_or_is_invalid() {
        error(anonymous.get("/user"), 401, "token", "is missing");
        error(anonymous.withToken("not.a.token").get("/user"), 401, "token", "is invalid");
        error(anonymous.put("/user", "{\"user\": {\"bio\": \"x\"}}"), 401, "token", "is missing");
    }

    @Test
    void bio_and_image_are_set_cleared_by_an_empty_string_or_null_and_kept_when_absent() {
        Conduit jake = anonymous.register("jake");

        JsonNode set = ok(jake.put("/user", """
                {"user": {"bio": "I like to skateboard", "image": "https://i.stack.imgur.com/xHWG8.jpg"}}"""), 200)
                .get("user");
        JsonNode kept = ok(jake.put("/user", "{\"user\": {\"email\": \"jake@example.com\"}}"), 200).get("user");
        JsonNode emptied = ok(jake.put("/user", "{\"user\": {\"bio\": \"\", \"image\": \"\"}}"), 200).get("user");
        ok(jake.put("/user", "{\"user\": {\"bio\": \"again\", \"image\": \"https://example.com/a.png\"}}"), 200);
        JsonNode nulled = ok(jake.put("/user", "{\"user\": {\"bio\": null, \"image\": null}}"), 200).get("user");

        assertThat(set.get("bio").asText()).isEqualTo("I like to skateboard");
        assertThat(set.get("image").asText()).isEqualTo("https://i.stack.imgur.com/xHWG8.jpg");
        assertThat(kept.get("bio").asText()).isEqualTo("I like to skateboard");
        assertThat(kept.get("image").asText()).isEqualTo("https://i.stack.imgur.com/xHWG8.jpg");
        assertThat(emptied.get("bio").isNull()).isTrue();
        assertThat(emptied.get("image").isNull()).isTrue();
        assertThat(nulled.get("bio").isNull()).isTrue();
        assertThat(nulled.get("image").isNull()).isTrue();
        assertThat(ok(jake.get("/user"), 200).get("user").get("bio").isNull()).isTrue();
    }

    @Test
    void email_username_and_password_cannot_be_blank_or_null_and_an_image_must_be_a_url() {
        Conduit jake = anonymous.register("jake");
        anonymous.register("taken");

        error(jake.put("/user", "{\"user\": {\"email\": \"\"}}"), 422, "email", "can't be blank");
        error(jake.put("/user", "{\"user\": {\"username\": null}}"), 422, "username", "can't be blank");
        error(jake.put("/user", "{\"user\": {\"password\": \" \"}}"), 422, "password", "can't be blank");
        error(jake.put("/user", "{\"user\": {\"image\": \"not a url\"}}"), 422, "image",
                "must be an absolute http(s) URL");
        error(jake.put("/user", "{\"user\": {\"username\": \"TAKEN\"}}"), 409, "username", "has already been taken");
        error(jake.put("/user", "{}"), 422, "user", "can't be blank");
        assertThat(ok(jake.put("/user", "{\"user\": {\"username\": \"jacob\"}}"), 200).get("user")
                .get("username").asText()).isEqualTo("jacob");
    }

    @Test
    void a_new_password_needs_the_current_one_and_the_answer_carries_a_token_that_works() {
        Conduit jake = anonymous.register("jake");

        error(jake.put("/user", "{\"user\": {\"password\": \"new-password-1\"}}"), 422, "currentPassword",
                "is required to change your own password or e-mail address");
        JsonNode changed = ok(jake.put("/user", """
                {"user": {"password": "new-password-1", "currentPassword": "%s"}}""".formatted(Conduit.PASSWORD)),
                200).get("user");

        error(jake.get("/user"), 401, "token", "is invalid");
        assertThat(ok(jake.withToken(changed.get("token").asText()).get("/user"), 200).get("user")
                .get("username").asText()).isEqualTo("jake");
        ok(anonymous.post("/users/login", """
                {"user": {"email": "jake@example.com", "password": "new-password-1"}}"""), 200);
    }

    @Test
    void the_blog_api_takes_no_token_scheme_and_the_realworld_api_takes_the_blog_apis_tokens() {
        Conduit jake = anonymous.register("jake");

        ApiResponse blogWithTokenScheme = jake.sendRaw("GET", "/api/users/me", null, null,
                Map.of("Authorization", "Token " + jake.token()));
        ApiResponse blogWithBearer = jake.sendRaw("GET", "/api/users/me", null, null,
                Map.of("Authorization", "Bearer " + jake.token()));

        assertThat(blogWithTokenScheme.status()).isEqualTo(401);
        assertThat(blogWithTokenScheme.contentType()).startsWith("application/problem+json");
        assertThat(blogWithBearer.status()).isEqualTo(200);
    }
}
