package dev.blog.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.blog.testsupport.database.TestDatabase;
import dev.blog.testsupport.http.ApiClient;
import dev.blog.testsupport.http.TestAccounts;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** With blog.sql.log=true every statement is logged with its timing, and the pool stays observable. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlStatementLoggingTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.get().micronautProperties());
        properties.put("blog.sql.log", "true");
        properties.put("endpoints.pool.enabled", "false");
        return properties;
    }

    @Test
    void every_statement_is_logged_with_its_timing() {
        Logger sql = (Logger) LoggerFactory.getLogger("dev.blog.sql");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        sql.addAppender(lines);
        sql.setLevel(Level.INFO);
        try {
            assertThat(new ApiClient(server.getURI()).get("/api/users/424242").status()).isEqualTo(404);
        } finally {
            sql.detachAppender(lines);
        }

        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(line -> assertThat(line).contains("Time:").contains("FROM").contains("users")
                        .contains("424242"));
    }

    @Test
    void a_password_hash_is_never_logged_but_the_other_parameters_are() {
        Logger sql = (Logger) LoggerFactory.getLogger("dev.blog.sql");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        sql.addAppender(lines);
        sql.setLevel(Level.INFO);
        try {
            assertThat(new ApiClient(server.getURI()).post("/api/users", """
                    {"username": "hashed", "email": "hashed@example.com", "password": "secret-password"}""")
                    .status()).isEqualTo(201);
        } finally {
            sql.detachAppender(lines);
        }

        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(line -> assertThat(line).containsIgnoringCase("insert").contains("hashed@example.com")
                        .contains("***"))
                .noneSatisfy(line -> assertThat(line).containsIgnoringCase("$argon2"));
    }

    @Test
    void the_pool_endpoint_can_be_turned_off() {
        TestDatabase.get().truncateAllTables();
        ApiClient admin = TestAccounts.admin(new ApiClient(server.getURI()), "admin").client();

        assertThat(admin.get("/pool").status()).isEqualTo(404);
    }
}
