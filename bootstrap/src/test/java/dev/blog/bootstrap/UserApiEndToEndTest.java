package dev.blog.bootstrap;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.blog.testsupport.database.TestDatabase;
import dev.blog.testsupport.http.ApiClient;
import dev.blog.testsupport.http.ApiResponse;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole service, as built for production, on a real PostgreSQL database. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserApiEndToEndTest implements TestPropertyProvider {

    private static final String PASSWORD = "a-very-secret-password";

    @Inject
    EmbeddedServer server;

    ApiClient api;
    ListAppender<ILoggingEvent> logs;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.get().micronautProperties();
    }

    @BeforeEach
    void setUp() {
        TestDatabase.get().truncateAllTables();
        api = new ApiClient(server.getURI());
        logs = new ListAppender<>();
        logs.start();
        rootLogger().addAppender(logs);
    }

    @AfterEach
    void detachLogs() {
        rootLogger().detachAppender(logs);
    }

    private static Logger rootLogger() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    @Test
    void a_user_goes_through_its_whole_life() throws Exception {
        ApiResponse created = api.post("/api/users", """
                {"username": "ada", "email": "ada@example.com", "password": "%s", "fullName": "Ada Lovelace"}"""
                .formatted(PASSWORD));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.header("Location")).contains("/api/users/" + id);

        ApiClient ada = api.loggedIn("ada", PASSWORD);
        assertThat(ada.get("/api/users/" + id).json()).isEqualTo(created.json());
        assertThat(ada.get("/api/users/me").json()).isEqualTo(created.json());
        JsonNode page = api.get("/api/users").json();
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("username").asText()).isEqualTo("ada");
        assertThat(page.get("items").get(0).has("email")).isFalse();

        ApiResponse patched = ada.patch("/api/users/" + id, """
                {"fullName": null, "bio": "First programmer", "password": "another-secret-password",
                 "currentPassword": "%s"}""".formatted(PASSWORD));
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.json().get("fullName").isNull()).isTrue();
        assertThat(patched.json().get("bio").asText()).isEqualTo("First programmer");
        assertThat(storedPasswordHash(id)).startsWith("$argon2id$");

        assertThat(ada.get("/api/users/me").status()).as("a new password ends the tokens").isEqualTo(401);
        ada = api.loggedIn("ada", "another-secret-password");
        assertThat(ada.delete("/api/users/" + id).status()).isEqualTo(204);
        assertThat(api.get("/api/users/" + id).status()).isEqualTo(404);
        assertThat(ada.get("/api/users/me").status()).as("a deleted user's tokens end").isEqualTo(401);
    }

    @Test
    void the_database_enforces_case_insensitive_uniqueness() {
        api.post("/api/users", """
                {"username": "grace", "email": "grace@example.com", "password": "%s"}""".formatted(PASSWORD));

        ApiResponse sameName = api.post("/api/users", """
                {"username": "GRACE", "email": "other@example.com", "password": "%s"}""".formatted(PASSWORD));
        ApiResponse sameEmail = api.post("/api/users", """
                {"username": "grace2", "email": "Grace@Example.com", "password": "%s"}""".formatted(PASSWORD));

        assertThat(sameName.status()).isEqualTo(409);
        assertThat(sameName.json().get("errors").get(0).get("field").asText()).isEqualTo("username");
        assertThat(sameEmail.status()).isEqualTo(409);
        assertThat(sameEmail.json().get("errors").get(0).get("field").asText()).isEqualTo("email");
        assertThat(sameName.body() + sameEmail.body()).doesNotContain("users_", "unique", "SQL", "duplicate key");
    }

    @Test
    void no_response_or_log_line_carries_a_password_or_its_hash() throws Exception {
        ApiResponse created = api.post("/api/users", """
                {"username": "linus", "email": "linus@example.com", "password": "%s"}""".formatted(PASSWORD));
        long id = created.json().get("id").asLong();
        String hash = storedPasswordHash(id);
        ApiClient linus = api.loggedIn("linus@example.com", PASSWORD);
        linus.patch("/api/users/" + id, "{\"password\": \"" + PASSWORD + "-2\", \"currentPassword\": \"" + PASSWORD + "\"}");
        api.post("/api/auth/login", "{\"login\": \"linus\", \"password\": \"" + PASSWORD + "\"}");
        api.post("/api/users", "{\"username\": \"x\", \"password\": \"" + PASSWORD + "\"}");

        String token = api.login("linus", PASSWORD + "-2");
        api.withToken(token).get("/api/users/me");
        api.withToken(token + "x").get("/api/users/me");
        String everything = created.body() + api.get("/api/users").body() + api.get("/api/users/" + id).body()
                + api.withToken(token).get("/api/users/me").body();
        assertThat(everything).doesNotContain(PASSWORD, hash, "argon2").doesNotContainIgnoringCase("password");
        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(line -> line.contains(PASSWORD) || line.contains("argon2") || line.contains(token)
                        || line.contains(token.substring(token.lastIndexOf('.') + 1)));
    }

    @Test
    void health_is_up_with_the_database() {
        ApiResponse health = api.get("/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
    }

    private static String storedPasswordHash(long id) throws Exception {
        try (Connection connection = TestDatabase.get().connect();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT password_hash FROM users WHERE id = " + id)) {
            assertThat(row.next()).isTrue();
            return row.getString(1);
        }
    }
}
