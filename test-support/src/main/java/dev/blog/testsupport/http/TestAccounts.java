package dev.blog.testsupport.http;

import dev.blog.testsupport.database.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Users for end-to-end tests, registered through the API and logged in. Admins are made in the run's
 * database directly, as an operator's {@code BLOG_ADMIN_*} start would, since tests empty the tables
 * between them.
 */
public final class TestAccounts {

    public static final String PASSWORD = "correct-horse-battery";

    private TestAccounts() {
    }

    /** A registered user, and a client that sends their token. */
    public record Account(long id, String username, ApiClient client) {
    }

    public static Account user(ApiClient api, String username) {
        ApiResponse created = api.post("/api/users", """
                {"username": "%s", "email": "%s@example.com", "password": "%s"}""".formatted(username, username, PASSWORD));
        if (created.status() != 201) {
            throw new AssertionError("registering " + username + " failed: " + created);
        }
        return new Account(created.json().get("id").asLong(), username, api.loggedIn(username, PASSWORD));
    }

    public static Account admin(ApiClient api, String username) {
        Account account = user(api, username);
        try (Connection connection = TestDatabase.get().connect();
             PreparedStatement promote = connection.prepareStatement("UPDATE users SET role = 'ADMIN' WHERE id = ?")) {
            promote.setLong(1, account.id());
            promote.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not make " + username + " an admin", e);
        }
        return account;
    }
}
