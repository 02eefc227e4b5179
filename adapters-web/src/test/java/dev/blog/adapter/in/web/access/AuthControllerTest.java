package dev.blog.adapter.in.web.access;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blog.testsupport.http.ApiClient;
import dev.blog.testsupport.http.ApiResponse;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Logging in and out over real HTTP, on the real use cases with in-memory ports. */
@MicronautTest
class AuthControllerTest {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final String PASSWORD = "secret-password";

    @Inject
    EmbeddedServer server;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(server.getURI());
    }

    private JsonNode register() {
        String name = "auth" + NAMES.incrementAndGet();
        ApiResponse response = api.post("/api/users", """
                {"username": "%s", "email": "%s@example.com", "password": "%s"}""".formatted(name, name, PASSWORD));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    private ApiResponse login(String login, String password) {
        return api.post("/api/auth/login", """
                {"login": "%s", "password": "%s"}""".formatted(login, password));
    }

    @Test
    void a_login_answers_a_bearer_token_its_lifetime_and_the_private_user() {
        JsonNode user = register();

        ApiResponse response = login(user.get("email").asText().toUpperCase(), PASSWORD);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("tokenType").asText()).isEqualTo("Bearer");
        assertThat(body.get("expiresIn").asInt()).isPositive();
        assertThat(body.get("user")).isEqualTo(user);
        assertThat(body.get("accessToken").asText()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(api.withToken(body.get("accessToken").asText()).get("/api/users/me").json()).isEqualTo(user);
    }

    @Test
    void unknown_login_and_wrong_password_get_the_same_401() {
        JsonNode user = register();

        ApiResponse unknown = login("nobody-at-all", PASSWORD);
        ApiResponse wrong = login(user.get("username").asText(), "wrong-password");

        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.header("WWW-Authenticate")).contains("Bearer");
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo(unknown.body());
    }

    @Test
    void a_login_request_carries_login_and_password_only() {
        assertThat(api.post("/api/auth/login", "{\"login\": \"x\"}").status()).isEqualTo(400);
        ApiResponse extra = api.post("/api/auth/login", """
                {"login": "x", "password": "secret-password", "role": "ADMIN"}""");
        assertThat(extra.status()).isEqualTo(400);
        assertThat(extra.json().get("errors").findValuesAsText("field")).contains("role");
    }

    @Test
    void logout_ends_every_earlier_token_and_a_new_login_works() {
        JsonNode user = register();
        ApiClient first = api.loggedIn(user.get("username").asText(), PASSWORD);
        ApiClient second = api.loggedIn(user.get("username").asText(), PASSWORD);

        assertThat(first.post("/api/auth/logout", null).status()).isEqualTo(204);

        assertThat(first.get("/api/users/me").status()).isEqualTo(401);
        assertThat(second.get("/api/users/me").status()).isEqualTo(401);
        assertThat(api.loggedIn(user.get("username").asText(), PASSWORD).get("/api/users/me").status()).isEqualTo(200);
        assertThat(api.post("/api/auth/logout", null).status()).isEqualTo(401);
    }

    @Test
    void a_tampered_or_garbage_token_is_401() {
        JsonNode user = register();
        String token = api.login(user.get("username").asText(), PASSWORD);
        String[] parts = token.split("\\.");
        String otherSubject = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"sub\":\"1\",\"tep\":0}".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(api.withToken(parts[0] + "." + otherSubject + "." + parts[2]).get("/api/users/me").status())
                .isEqualTo(401);
        assertThat(api.withToken("not-a-token").get("/api/users/me").status()).isEqualTo(401);
    }
}
