package dev.blog.bootstrap;

import dev.blog.testsupport.database.TestDatabase;
import dev.blog.testsupport.http.ApiClient;
import dev.blog.testsupport.http.ApiResponse;
import dev.blog.testsupport.http.TestAccounts;
import dev.blog.testsupport.http.TestAccounts.Account;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation with four callers: anonymous, another user, the owner of what the operation touches, and
 * an admin, each on a fresh set of data, and the status each must get under the contract's "Identity and
 * access". 401 always comes with {@code WWW-Authenticate: Bearer}; every refusal is problem+json.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest implements TestPropertyProvider {

    private enum Caller { ANONYMOUS, OTHER, OWNER, ADMIN }

    /** One row: the request, and the status for anonymous, another user, the owner and an admin. */
    private record Row(String method, String path, String body, int anonymous, int other, int owner, int admin) {

        int expected(Caller caller) {
            return switch (caller) {
                case ANONYMOUS -> anonymous;
                case OTHER -> other;
                case OWNER -> owner;
                case ADMIN -> admin;
            };
        }
    }

    private static final String NEW_USER = """
            {"username": "newcomer", "email": "newcomer@example.com", "password": "correct-horse"}""";
    private static final String OWNERS_LOGIN = """
            {"login": "owner", "password": "%s"}""".formatted(TestAccounts.PASSWORD);

    private static final long POST = 1001;
    private static final long DRAFT = 1002;
    private static final long TAG = 2001;
    private static final String TITLE = "{\"title\": \"Changed\"}";
    private static final long COMMENT_ID = 3001;
    private static final long DRAFT_COMMENT = 3002;
    private static final long REPLY = 3003;
    private static final String COMMENT = "{\"body\": \"Changed\"}";

    /**
     * {owner}: the owner's id; {inactive}: a deactivated user's id; {post} and {draft}: a published post and
     * a draft of the owner, both tagged {tag} ("java"); {comment} and {draftComment}: the owner's comments on
     * them; {reply}: a comment of the other user on the owner's published post, which the owner, as the
     * post's author, may delete but not change.
     */
    private static final List<Row> ROWS = List.of(
            new Row("POST", "/api/auth/login", OWNERS_LOGIN, 200, 200, 200, 200),
            new Row("POST", "/api/auth/logout", null, 401, 204, 204, 204),
            new Row("GET", "/api/users/me", null, 401, 200, 200, 200),
            new Row("POST", "/api/users", NEW_USER, 201, 201, 201, 201),
            new Row("GET", "/api/users", null, 200, 200, 200, 200),
            new Row("GET", "/api/users?active=false", null, 401, 403, 403, 200),
            new Row("GET", "/api/users/{owner}", null, 200, 200, 200, 200),
            new Row("GET", "/api/users/{inactive}", null, 404, 404, 404, 200),
            new Row("PATCH", "/api/users/{owner}", "{\"bio\": \"changed\"}", 401, 403, 200, 200),
            new Row("PATCH", "/api/users/{owner}", "{\"role\": \"ADMIN\"}", 401, 403, 403, 200),
            new Row("PATCH", "/api/users/{owner}", "{\"active\": false}", 401, 403, 403, 200),
            new Row("PATCH", "/api/users/{inactive}", "{\"bio\": \"changed\"}", 401, 404, 404, 200),
            new Row("DELETE", "/api/users/{owner}", null, 401, 403, 204, 204),
            new Row("DELETE", "/api/users/{inactive}", null, 401, 404, 404, 204),
            new Row("GET", "/api/users/{owner}/posts", null, 200, 200, 200, 200),
            new Row("PUT", "/api/users/{owner}/follow", null, 401, 200, 400, 200),
            new Row("PUT", "/api/users/{inactive}/follow", null, 401, 404, 404, 200),
            new Row("DELETE", "/api/users/{owner}/follow", null, 401, 200, 400, 200),
            new Row("GET", "/api/users/{owner}/followers", null, 200, 200, 200, 200),
            new Row("GET", "/api/users/{owner}/following", null, 200, 200, 200, 200),
            new Row("GET", "/api/users/{inactive}/followers", null, 404, 404, 404, 200),
            new Row("POST", "/api/posts", "{\"title\": \"T\", \"content\": \"C\"}", 401, 201, 201, 201),
            new Row("GET", "/api/posts", null, 200, 200, 200, 200),
            new Row("GET", "/api/posts?published=false", null, 200, 200, 200, 200),
            new Row("GET", "/api/feed", null, 401, 200, 200, 200),
            new Row("GET", "/api/posts/{post}", null, 200, 200, 200, 200),
            new Row("GET", "/api/posts/{draft}", null, 404, 404, 200, 200),
            new Row("GET", "/api/posts/slug/published", null, 200, 200, 200, 200),
            new Row("GET", "/api/posts/slug/draft", null, 404, 404, 200, 200),
            new Row("PATCH", "/api/posts/{post}", TITLE, 401, 403, 200, 200),
            new Row("PATCH", "/api/posts/{draft}", TITLE, 401, 404, 200, 200),
            new Row("DELETE", "/api/posts/{post}", null, 401, 403, 204, 204),
            new Row("DELETE", "/api/posts/{draft}", null, 401, 404, 204, 204),
            new Row("POST", "/api/posts/{post}/views", null, 200, 200, 200, 200),
            new Row("POST", "/api/posts/{draft}/views", null, 404, 404, 200, 200),
            new Row("PUT", "/api/posts/{post}/like", null, 401, 200, 200, 200),
            new Row("PUT", "/api/posts/{draft}/like", null, 401, 404, 200, 200),
            new Row("DELETE", "/api/posts/{post}/like", null, 401, 200, 200, 200),
            new Row("DELETE", "/api/posts/{draft}/like", null, 401, 404, 200, 200),
            new Row("GET", "/api/posts?likedBy={owner}", null, 200, 200, 200, 200),
            new Row("POST", "/api/posts/{post}/tags", "{\"name\": \"go\"}", 401, 403, 200, 200),
            new Row("POST", "/api/posts/{draft}/tags", "{\"name\": \"go\"}", 401, 404, 200, 200),
            new Row("DELETE", "/api/posts/{post}/tags/{tag}", null, 401, 403, 204, 204),
            new Row("DELETE", "/api/posts/{draft}/tags/{tag}", null, 401, 404, 204, 204),
            new Row("POST", "/api/posts/{post}/comments", COMMENT, 401, 201, 201, 201),
            new Row("POST", "/api/posts/{draft}/comments", COMMENT, 401, 404, 201, 201),
            new Row("GET", "/api/posts/{post}/comments", null, 200, 200, 200, 200),
            new Row("GET", "/api/posts/{draft}/comments", null, 404, 404, 200, 200),
            new Row("GET", "/api/comments/{comment}", null, 200, 200, 200, 200),
            new Row("GET", "/api/comments/{draftComment}", null, 404, 404, 200, 200),
            new Row("PATCH", "/api/comments/{comment}", COMMENT, 401, 403, 200, 200),
            new Row("PATCH", "/api/comments/{draftComment}", COMMENT, 401, 404, 200, 200),
            new Row("PATCH", "/api/comments/{reply}", COMMENT, 401, 200, 403, 200),
            new Row("DELETE", "/api/comments/{comment}", null, 401, 403, 204, 204),
            new Row("DELETE", "/api/comments/{draftComment}", null, 401, 404, 204, 204),
            new Row("DELETE", "/api/comments/{reply}", null, 401, 204, 204, 204),
            new Row("GET", "/api/tags", null, 200, 200, 200, 200),
            new Row("GET", "/api/tags/java/posts", null, 200, 200, 200, 200),
            new Row("GET", "/health", null, 200, 200, 200, 200),
            new Row("GET", "/prometheus", null, 401, 403, 403, 200),
            new Row("GET", "/pool", null, 401, 403, 403, 200));

    @Inject
    EmbeddedServer server;

    private int checked;
    private Account owner;
    private Account other;
    private Account admin;
    private Account inactive;
    private List<String> userRows;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.get().micronautProperties();
    }

    @TestFactory
    Stream<DynamicTest> every_operation_with_every_caller() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : ROWS) {
            for (Caller caller : Caller.values()) {
                String name = row.method() + " " + row.path() + (row.body() == null ? "" : " " + row.body())
                        + " as " + caller + " -> " + row.expected(caller);
                tests.add(DynamicTest.dynamicTest(name, () -> check(row, caller)));
            }
        }
        return tests.stream();
    }

    @AfterAll
    void printSize() {
        System.out.printf("Authorization matrix: %d operations x %d callers = %d checks passed%n", ROWS.size(),
                Caller.values().length, checked);
    }

    /**
     * The four accounts are registered and logged in once; before each check the tables are emptied and
     * their rows put back as they were, same ids and token epochs, so that their tokens stay valid and no
     * check pays for hashing passwords again.
     */
    @BeforeAll
    void registerTheAccounts() throws SQLException {
        TestDatabase.get().truncateAllTables();
        ApiClient anonymous = new ApiClient(server.getURI());
        owner = TestAccounts.user(anonymous, "owner");
        other = TestAccounts.user(anonymous, "other");
        admin = TestAccounts.admin(anonymous, "admin");
        inactive = TestAccounts.user(anonymous, "inactive");
        try (Connection connection = TestDatabase.get().connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE users SET active = FALSE, token_epoch = token_epoch + 1 WHERE id = "
                    + inactive.id());
            userRows = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT format('(%s)', concat_ws(', ', id, quote_literal(username),"
                    + " quote_literal(email), quote_literal(password_hash), quote_literal(active), quote_literal(role), token_epoch,"
                    + " quote_literal(created_at), quote_literal(updated_at))) FROM users")) {
                while (rows.next()) {
                    userRows.add(rows.getString(1));
                }
            }
        }
    }

    private void restoreTheAccounts() throws SQLException {
        TestDatabase.get().truncateAllTables();
        try (Connection connection = TestDatabase.get().connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO users (id, username, email, password_hash, active, role, token_epoch,"
                    + " created_at, updated_at) VALUES " + String.join(", ", userRows));
            statement.execute("SELECT setval(pg_get_serial_sequence('users', 'id'), (SELECT max(id) FROM users))");
            statement.executeUpdate("INSERT INTO posts (id, author_id, slug, title, content, published, created_at,"
                    + " updated_at) VALUES (" + POST + ", " + owner.id() + ", 'published', 'Published', 'Text', TRUE,"
                    + " now(), now()), (" + DRAFT + ", " + owner.id() + ", 'draft', 'Draft', 'Text', FALSE, now(), now())");
            statement.executeUpdate("INSERT INTO tags (id, name) VALUES (" + TAG + ", 'java')");
            statement.executeUpdate("INSERT INTO post_tags (post_id, tag_id) VALUES (" + POST + ", " + TAG + "), ("
                    + DRAFT + ", " + TAG + ")");
            statement.executeUpdate("INSERT INTO comments (id, post_id, author_id, body, created_at, updated_at) VALUES ("
                    + COMMENT_ID + ", " + POST + ", " + owner.id() + ", 'Mine', now(), now()), (" + DRAFT_COMMENT + ", "
                    + DRAFT + ", " + owner.id() + ", 'Note', now(), now()), (" + REPLY + ", " + POST + ", "
                    + other.id() + ", 'Reply', now(), now())");
        }
    }

    private void check(Row row, Caller caller) throws SQLException {
        restoreTheAccounts();
        ApiClient anonymous = new ApiClient(server.getURI());
        ApiClient client = switch (caller) {
            case ANONYMOUS -> anonymous;
            case OTHER -> other.client();
            case OWNER -> owner.client();
            case ADMIN -> admin.client();
        };
        String path = row.path().replace("{owner}", Long.toString(owner.id()))
                .replace("{inactive}", Long.toString(inactive.id())).replace("{post}", Long.toString(POST))
                .replace("{draft}", Long.toString(DRAFT)).replace("{tag}", Long.toString(TAG))
                .replace("{comment}", Long.toString(COMMENT_ID)).replace("{draftComment}", Long.toString(DRAFT_COMMENT))
                .replace("{reply}", Long.toString(REPLY));

        ApiResponse response = client.send(row.method(), path, row.body(), row.body() == null ? null : ApiClient.JSON);

        assertThat(response.status()).as(response.toString()).isEqualTo(row.expected(caller));
        if (response.status() >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        if (response.status() == 401) {
            assertThat(response.header("WWW-Authenticate")).contains("Bearer");
        }
        checked++;
    }
}
