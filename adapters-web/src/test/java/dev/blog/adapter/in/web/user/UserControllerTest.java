package dev.blog.adapter.in.web.user;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blog.testsupport.http.ApiClient;
import dev.blog.domain.user.Email;
import dev.blog.domain.user.Password;
import dev.blog.domain.user.Role;
import dev.blog.domain.user.User;
import dev.blog.domain.user.Username;
import dev.blog.testsupport.http.ApiResponse;
import dev.blog.testsupport.user.FakePasswordHasher;
import dev.blog.testsupport.user.InMemoryUserRepository;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The Users rows of the contract, over real HTTP, on the real use cases with in-memory ports. */
@MicronautTest
class UserControllerTest {

    private static final AtomicInteger NAMES = new AtomicInteger();

    @Inject
    EmbeddedServer server;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(server.getURI());
    }

    private static String uniqueName() {
        return "user" + NAMES.incrementAndGet();
    }

    @Inject
    InMemoryUserRepository users;

    private static final String PASSWORD = "secret-password";

    /** A client logged in as a new admin. */
    private ApiClient admin() {
        String name = uniqueName();
        User admin = users.create(User.register(new Username(name), new Email(name + "@example.com"),
                new FakePasswordHasher().hash(new Password(PASSWORD)), null, null, Instant.now())
                .changeRole(Role.ADMIN, Instant.now()));
        return api.loggedIn(admin.username().value(), PASSWORD);
    }

    private ApiClient as(JsonNode user) {
        return api.loggedIn(user.get("username").asText(), PASSWORD);
    }

    private JsonNode register(String username) {
        ApiResponse response = api.post("/api/users", """
                {"username": "%s", "email": "%s@example.com", "password": "secret-password"}""".formatted(username, username));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    private static void assertProblem(ApiResponse response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("type").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "dev.blog", "io.micronaut", "java.");
    }

    private static void assertFieldError(ApiResponse response, String field) {
        assertProblem(response, 400);
        assertThat(response.json().get("errors").findValuesAsText("field")).contains(field);
    }

    @Nested
    class Register {

        @Test
        void answers_201_with_location_and_the_user_with_nulls_shown() {
            String name = uniqueName();
            ApiResponse response = api.post("/api/users", """
                    {"username": "%s", "email": "%s@example.com", "password": "secret-password"}""".formatted(name, name));

            assertThat(response.status()).isEqualTo(201);
            JsonNode user = response.json();
            assertThat(response.header("Location")).contains("/api/users/" + user.get("id").asLong());
            assertThat(user.get("username").asText()).isEqualTo(name);
            assertThat(user.get("email").asText()).isEqualTo(name + "@example.com");
            assertThat(user.has("fullName")).isTrue();
            assertThat(user.get("fullName").isNull()).isTrue();
            assertThat(user.has("bio")).isTrue();
            assertThat(user.get("bio").isNull()).isTrue();
            assertThat(user.get("active").asBoolean()).isTrue();
            assertThat(user.get("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
            assertThat(user.get("updatedAt").asText()).isEqualTo(user.get("createdAt").asText());
        }

        @Test
        void never_returns_the_password_or_its_hash() {
            String name = uniqueName();
            ApiResponse response = api.post("/api/users", """
                    {"username": "%s", "email": "%s@example.com", "password": "secret-password",
                     "fullName": "Ada Lovelace", "bio": "Wrote the first program"}""".formatted(name, name));

            assertThat(response.status()).isEqualTo(201);
            assertThat(response.body()).doesNotContainIgnoringCase("password").doesNotContain("fake$");
            assertThat(response.json().get("fullName").asText()).isEqualTo("Ada Lovelace");
        }

        @Test
        void lists_every_invalid_field_at_once() {
            ApiResponse response = api.post("/api/users", """
                    {"username": "a!", "email": "not-an-email", "password": "short", "fullName": "%s"}"""
                    .formatted("x".repeat(101)));

            assertFieldError(response, "username");
            assertThat(response.json().get("errors").findValuesAsText("field"))
                    .contains("username", "email", "password", "fullName");
        }

        @Test
        void lengths_count_characters_not_utf16_units() {
            String emoji = "\uD83D\uDE00";
            String name = uniqueName();
            ApiResponse hundred = api.post("/api/users", """
                    {"username": "%s", "email": "%s@example.com", "password": "secret-password", "fullName": "%s"}"""
                    .formatted(name, name, emoji.repeat(100)));
            ApiResponse hundredAndOne = api.post("/api/users", """
                    {"username": "other%s", "email": "other%s@example.com", "password": "secret-password", \
                    "fullName": "%s"}""".formatted(name, name, emoji.repeat(101)));

            assertThat(hundred.status()).as(hundred.toString()).isEqualTo(201);
            assertThat(hundred.json().get("fullName").asText()).isEqualTo(emoji.repeat(100));
            assertFieldError(hundredAndOne, "fullName");
            assertThat(hundredAndOne.json().get("errors").get(0).get("message").asText())
                    .isEqualTo("must be between 0 and 100 characters");
        }

        @Test
        void requires_username_email_and_password() {
            ApiResponse response = api.post("/api/users", "{}");

            assertFieldError(response, "username");
            assertThat(response.json().get("errors").findValuesAsText("field"))
                    .contains("username", "email", "password");
        }

        @Test
        void a_taken_username_is_409_whatever_its_case() {
            String name = uniqueName();
            register(name);

            ApiResponse response = api.post("/api/users", """
                    {"username": "%s", "email": "other-%s@example.com", "password": "secret-password"}"""
                    .formatted(name.toUpperCase(), name));

            assertProblem(response, 409);
            assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("username");
        }

        @Test
        void a_taken_email_is_409_naming_email() {
            String name = uniqueName();
            register(name);

            ApiResponse response = api.post("/api/users", """
                    {"username": "other%s", "email": "%s@EXAMPLE.com", "password": "secret-password"}"""
                    .formatted(name, name.toUpperCase()));

            assertProblem(response, 409);
            assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("email");
        }

        @Test
        void malformed_json_is_400() {
            assertProblem(api.post("/api/users", "{\"username\": "), 400);
        }

        @Test
        void a_missing_body_is_400() {
            assertProblem(api.post("/api/users", ""), 400);
        }

        @Test
        void a_wrong_type_is_400_naming_the_field() {
            ApiResponse response = api.post("/api/users", """
                    {"username": 12345, "email": "x@example.com", "password": "secret-password"}""");

            assertFieldError(response, "username");
        }

        @ParameterizedTest
        @ValueSource(strings = {"role", "active", "id", "createdAt", "whatever"})
        void a_field_a_registration_may_not_carry_is_400_naming_it(String field) {
            String name = uniqueName();
            ApiResponse response = api.post("/api/users", """
                    {"username": "%s", "email": "%s@example.com", "password": "secret-password", "%s": "ADMIN"}"""
                    .formatted(name, name, field));

            assertFieldError(response, field);
            assertThat(api.get("/api/users?limit=100").json().get("items").findValuesAsText("username")).doesNotContain(name);
        }

        @Test
        void a_body_that_is_not_json_is_415() {
            assertProblem(api.send("POST", "/api/users", "username=x", "text/plain"), 415);
        }
    }

    @Nested
    class Get {

        @Test
        void answers_the_private_view_to_the_user_and_admins_and_the_public_one_to_others() {
            JsonNode user = register(uniqueName());
            String path = "/api/users/" + user.get("id").asLong();

            assertThat(as(user).get(path).json()).isEqualTo(user);
            assertThat(admin().get(path).json()).isEqualTo(user);
            JsonNode publicView = api.get(path).json();
            assertThat(publicView.has("fullName")).isTrue();
            assertThat(publicView.has("bio")).isTrue();
            assertThat(publicView.get("createdAt")).isEqualTo(user.get("createdAt"));
            assertThat(publicView.has("email")).isFalse();
            assertThat(publicView.has("active")).isFalse();
            assertThat(publicView.has("role")).isFalse();
            assertThat(publicView.has("updatedAt")).isFalse();
            assertThat(as(register(uniqueName())).get(path).json()).isEqualTo(publicView);
        }

        @Test
        void me_is_the_caller_and_needs_a_token() {
            JsonNode user = register(uniqueName());

            assertThat(as(user).get("/api/users/me").json()).isEqualTo(user);
            ApiResponse anonymous = api.get("/api/users/me");
            assertProblem(anonymous, 401);
            assertThat(anonymous.header("WWW-Authenticate")).contains("Bearer");
        }

        @Test
        void an_unknown_id_is_404() {
            assertProblem(api.get("/api/users/999999"), 404);
        }

        @Test
        void an_id_that_is_not_a_number_is_400() {
            assertFieldError(api.get("/api/users/abc"), "id");
        }
    }

    @Nested
    class List {

        @Test
        void is_a_page_newest_first_with_total_and_defaults() {
            JsonNode older = register(uniqueName());
            JsonNode newer = register(uniqueName());

            ApiResponse response = api.get("/api/users");

            assertThat(response.status()).isEqualTo(200);
            JsonNode page = response.json();
            assertThat(page.get("offset").asInt()).isZero();
            assertThat(page.get("limit").asInt()).isEqualTo(20);
            assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(2);
            java.util.List<Long> ids = page.get("items").findValues("id").stream().map(JsonNode::asLong).toList();
            assertThat(ids.indexOf(newer.get("id").asLong())).isLessThan(ids.indexOf(older.get("id").asLong()));
        }

        @Test
        void offset_and_limit_select_a_window() {
            register(uniqueName());
            register(uniqueName());
            register(uniqueName());

            JsonNode page = api.get("/api/users?offset=1&limit=2").json();

            assertThat(page.get("items").size()).isEqualTo(2);
            assertThat(page.get("offset").asInt()).isEqualTo(1);
            assertThat(page.get("limit").asInt()).isEqualTo(2);
        }

        @Test
        void filters_by_active_for_admins_only() {
            JsonNode user = register(uniqueName());
            ApiClient admin = admin();
            assertThat(admin.patch("/api/users/" + user.get("id").asLong(), "{\"active\": false}").status()).isEqualTo(200);

            assertProblem(api.get("/api/users?active=false"), 401);
            assertProblem(as(register(uniqueName())).get("/api/users?active=false"), 403);
            assertThat(api.get("/api/users?limit=100").json().get("items").findValuesAsText("username"))
                    .doesNotContain(user.get("username").asText());
            JsonNode inactive = admin.get("/api/users?active=false&limit=100").json();

            assertThat(inactive.get("items").findValuesAsText("username")).contains(user.get("username").asText());
            assertThat(inactive.get("items").findValues("active")).allMatch(active -> !active.asBoolean());
            assertThat(inactive.get("total").asLong()).isEqualTo(inactive.get("items").size());
        }

        @ParameterizedTest
        @ValueSource(strings = {"limit=0", "limit=101", "offset=-1", "limit=abc", "active=yes"})
        void bad_query_parameters_are_400(String query) {
            assertFieldError(api.get("/api/users?" + query), query.substring(0, query.indexOf('=')));
        }
    }

    @Nested
    class Update {

        @Test
        void is_a_merge_patch() {
            String name = uniqueName();
            long id = api.post("/api/users", """
                    {"username": "%s", "email": "%s@example.com", "password": "secret-password",
                     "fullName": "Old Name", "bio": "Old bio"}""".formatted(name, name)).json().get("id").asLong();

            ApiResponse response = admin().send("PATCH", "/api/users/" + id, """
                    {"fullName": null, "bio": "New bio", "active": false}""", "application/merge-patch+json");

            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            JsonNode user = response.json();
            assertThat(user.get("username").asText()).isEqualTo(name);
            assertThat(user.get("fullName").isNull()).isTrue();
            assertThat(user.get("bio").asText()).isEqualTo("New bio");
            assertThat(user.get("active").asBoolean()).isFalse();
            assertThat(user.get("updatedAt").asText()).isGreaterThanOrEqualTo(user.get("createdAt").asText());
            assertThat(admin().get("/api/users/" + id).json()).isEqualTo(user);
        }

        @Test
        void an_empty_patch_changes_nothing() {
            JsonNode user = register(uniqueName());

            ApiResponse response = as(user).patch("/api/users/" + user.get("id").asLong(), "{}");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json()).isEqualTo(user);
        }

        @Test
        void a_new_password_is_accepted_but_never_shown() {
            JsonNode user = register(uniqueName());

            ApiResponse response = as(user).patch("/api/users/" + user.get("id").asLong(),
                    "{\"password\": \"another-secret\", \"currentPassword\": \"" + PASSWORD + "\"}");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).doesNotContainIgnoringCase("password").doesNotContain("another-secret");
        }

        @ParameterizedTest
        @ValueSource(strings = {"username", "email", "password", "active"})
        void null_for_a_required_field_is_400(String field) {
            JsonNode user = register(uniqueName());

            assertFieldError(as(user).patch("/api/users/" + user.get("id").asLong(), "{\"" + field + "\": null}"), field);
        }

        @Test
        void invalid_values_and_wrong_types_are_400() {
            JsonNode user = register(uniqueName());
            long id = user.get("id").asLong();
            ApiClient owner = as(user);

            assertFieldError(owner.patch("/api/users/" + id, "{\"username\": \"no spaces\"}"), "username");
            assertFieldError(owner.patch("/api/users/" + id, "{\"active\": \"yes\"}"), "active");
            assertFieldError(owner.patch("/api/users/" + id, "{\"bio\": 42}"), "bio");
            assertFieldError(owner.patch("/api/users/" + id, "{\"role\": \"ROOT\"}"), "role");
            assertFieldError(owner.patch("/api/users/" + id, "{\"id\": 5}"), "id");
            assertProblem(owner.patch("/api/users/" + id, "[1, 2]"), 400);
        }

        @Test
        void a_taken_username_is_409() {
            String taken = uniqueName();
            register(taken);
            JsonNode user = register(uniqueName());
            long id = user.get("id").asLong();

            ApiResponse response = as(user).patch("/api/users/" + id, "{\"username\": \"" + taken.toUpperCase() + "\"}");

            assertProblem(response, 409);
            assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("username");
        }

        @Test
        void an_unknown_user_is_404() {
            assertProblem(admin().patch("/api/users/999999", "{\"bio\": \"x\"}"), 404);
        }

        @Test
        void needs_a_token_and_is_for_the_user_and_admins_only() {
            JsonNode user = register(uniqueName());
            String path = "/api/users/" + user.get("id").asLong();

            ApiResponse anonymous = api.patch(path, "{\"bio\": \"x\"}");
            assertProblem(anonymous, 401);
            assertThat(anonymous.header("WWW-Authenticate")).contains("Bearer");
            assertProblem(as(register(uniqueName())).patch(path, "{\"bio\": \"x\"}"), 403);
            assertProblem(as(user).patch(path, "{\"role\": \"ADMIN\"}"), 403);
            assertProblem(as(user).patch(path, "{\"active\": false}"), 403);
            assertThat(admin().patch(path, "{\"role\": \"ADMIN\"}").json().get("role").asText()).isEqualTo("ADMIN");
        }

        @Test
        void ones_own_password_or_email_needs_the_current_password() {
            JsonNode user = register(uniqueName());
            String path = "/api/users/" + user.get("id").asLong();
            ApiClient owner = as(user);

            assertFieldError(owner.patch(path, "{\"email\": \"new@example.com\"}"), "currentPassword");
            assertProblem(owner.patch(path, "{\"email\": \"new@example.com\", \"currentPassword\": \"wrong-password\"}"), 403);
            assertThat(owner.patch(path, "{\"email\": \"new-" + user.get("username").asText() + "@example.com\", "
                    + "\"currentPassword\": \"" + PASSWORD + "\"}").status()).isEqualTo(200);
        }
    }

    @Nested
    class Delete {

        @Test
        void answers_204_and_the_user_is_gone() {
            JsonNode user = register(uniqueName());
            long id = user.get("id").asLong();
            ApiClient owner = as(user);
            assertProblem(api.delete("/api/users/" + id), 401);
            assertProblem(as(register(uniqueName())).delete("/api/users/" + id), 403);

            assertThat(owner.delete("/api/users/" + id).status()).isEqualTo(204);
            assertProblem(api.get("/api/users/" + id), 404);
            assertProblem(admin().delete("/api/users/" + id), 404);
            assertProblem(owner.get("/api/users/me"), 401);
        }
    }

    @Nested
    class Routing {

        @Test
        void an_unknown_route_is_a_404_problem() {
            assertProblem(api.get("/api/nothing-here"), 404);
        }

        @Test
        void a_wrong_method_is_a_405_problem() {
            assertProblem(api.send("PUT", "/api/users/1", "{}", ApiClient.JSON), 405);
        }
    }
}
