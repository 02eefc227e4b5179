package dev.blog.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import dev.blog.testsupport.database.TestDatabase;
import dev.blog.testsupport.http.ApiClient;
import dev.blog.testsupport.http.ApiResponse;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With every log on, the SQL log included and everything at DEBUG, a user's life (registration, failed and
 * successful logins, token use, a new password, logout, a refused token) writes no password, no hash and
 * no token into any log line, stack traces included.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecretsNeverLoggedTest implements TestPropertyProvider {

    private static final String PASSWORD = "first-secret-password";
    private static final String NEW_PASSWORD = "second-secret-password";

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.get().micronautProperties());
        properties.put("micronaut.server.port", "-1");
        properties.put("blog.sql.log", "true");
        return properties;
    }

    @Test
    void no_password_hash_or_token_reaches_any_log_line() {
        TestDatabase.get().truncateAllTables();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level level = root.getLevel();
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        root.addAppender(lines);
        root.setLevel(Level.DEBUG);
        List<String> tokens = new ArrayList<>();
        try {
            ApiClient api = new ApiClient(server.getURI());
            ApiResponse registered = api.post("/api/users", """
                    {"username": "secretive", "email": "secretive@example.com", "password": "%s"}""".formatted(PASSWORD));
            long id = registered.json().get("id").asLong();
            api.post("/api/auth/login", "{\"login\": \"secretive\", \"password\": \"wrong-" + PASSWORD + "\"}");
            String token = api.login("secretive", PASSWORD);
            tokens.add(token);
            ApiClient user = api.withToken(token);
            user.get("/api/users/me");
            user.patch("/api/users/" + id, """
                    {"password": "%s", "currentPassword": "%s"}""".formatted(NEW_PASSWORD, PASSWORD));
            user.get("/api/users/me");
            String second = api.login("secretive", NEW_PASSWORD);
            tokens.add(second);
            api.withToken(second).post("/api/auth/logout", null);
        } finally {
            root.detachAppender(lines);
            root.setLevel(level);
        }

        assertThat(lines.list).as("log lines captured").isNotEmpty();
        for (ILoggingEvent line : lines.list) {
            String text = line.getFormattedMessage() + stackTrace(line.getThrowableProxy());
            assertThat(text).doesNotContain(PASSWORD).doesNotContain(NEW_PASSWORD).doesNotContain("$argon2");
            tokens.forEach(token -> assertThat(text).doesNotContain(token).doesNotContain(token.split("\\.")[2]));
        }
    }

    private static String stackTrace(IThrowableProxy failure) {
        StringBuilder text = new StringBuilder();
        for (IThrowableProxy cause = failure; cause != null; cause = cause.getCause()) {
            text.append(' ').append(cause.getMessage());
        }
        return text.toString();
    }
}
