package dev.blog.adapter.out.persistence;

import dev.blog.domain.user.Bio;
import dev.blog.domain.user.Email;
import dev.blog.domain.user.FullName;
import dev.blog.domain.user.PasswordHash;
import dev.blog.domain.user.Username;
import dev.blog.testsupport.database.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Migrates an empty database one version at a time, as production databases were, with rows written at
 * the first version: after every step they must be unchanged, and at the newest still valid and usable.
 */
class MigrationsTest {

    private static final String USERS = """
            SELECT id, username, email, password_hash, full_name, bio, active, created_at, updated_at
            FROM users ORDER BY id""";

    private final TestDatabase database = TestDatabase.createAnother();

    private Flyway flywayUpTo(MigrationVersion target) {
        return Flyway.configure()
                .dataSource(database.jdbcUrl(), database.username(), database.password())
                .locations("classpath:db/migration")
                .target(target)
                .load();
    }

    @Test
    void each_version_in_turn_keeps_the_rows_of_the_first_intact_and_valid() throws SQLException {
        flywayUpTo(MigrationVersion.fromVersion("1")).migrate();
        execute("""
                INSERT INTO users (username, email, password_hash, full_name, bio, active, created_at, updated_at)
                VALUES ('alice', 'alice@example.com', 'hash-a', 'Alice A', 'Bio', TRUE,
                        '2026-01-01T10:00:00.123Z', '2026-01-02T10:00:00.456Z'),
                       ('Bob.B', 'BOB@example.com', 'hash-b', NULL, NULL, FALSE,
                        '2026-01-03T10:00:00Z', '2026-01-03T10:00:00Z')""");
        List<List<Object>> before = rows(USERS);

        List<MigrationInfo> pending = List.of(flywayUpTo(MigrationVersion.LATEST).info().pending());
        assertThat(pending).as("migrations after V1").isNotEmpty();
        for (MigrationInfo migration : pending) {
            assertThat(flywayUpTo(migration.getVersion()).migrate().migrationsExecuted).isEqualTo(1);
            assertThat(rows(USERS)).as("users after %s", migration.getScript()).isEqualTo(before);
        }

        assertThat(flywayUpTo(MigrationVersion.LATEST).info().pending()).isEmpty();
        assertThat(rows("SELECT active, users FROM user_counts ORDER BY active"))
                .as("V5 counted the users there were").containsExactly(List.of(false, 1L), List.of(true, 1L));
        assertUsersAreValidDomainValues();
        assertNewTablesAcceptTheOldRows();
    }

    /**
     * V4 gives post_tags copies of their post's date and publication and tags their count of published posts:
     * links stored before it must come out with both, and the triggers must keep them from then on.
     */
    @Test
    void lists_at_any_size_copy_the_posts_of_existing_links_and_count_them() throws SQLException {
        flywayUpTo(MigrationVersion.fromVersion("3")).migrate();
        execute("""
                INSERT INTO users (username, email, password_hash, active, created_at, updated_at)
                VALUES ('alice', 'alice@example.com', 'h', TRUE, now(), now())""");
        execute("""
                INSERT INTO posts (author_id, title, content, published, created_at, updated_at)
                SELECT u.id, title, 'Content', published, timestamptz '2026-01-01T10:00:00Z' + n * interval '1 day', now()
                FROM users u, (VALUES (1, 'published', TRUE), (2, 'draft', FALSE)) AS p (n, title, published)""");
        execute("INSERT INTO tags (name) VALUES ('java'), ('go')");
        execute("INSERT INTO post_tags (post_id, tag_id) SELECT p.id, t.id FROM posts p, tags t WHERE p.title = 'published' OR t.name = 'java'");

        flywayUpTo(MigrationVersion.LATEST).migrate();

        assertThat(rows("""
                SELECT p.title, t.name, pt.post_published, pt.post_created_at = p.created_at
                FROM post_tags pt JOIN posts p ON p.id = pt.post_id JOIN tags t ON t.id = pt.tag_id
                ORDER BY p.title, t.name""")).containsExactly(
                List.of("draft", "java", false, true), List.of("published", "go", true, true),
                List.of("published", "java", true, true));
        assertThat(rows("SELECT name, post_count FROM tags ORDER BY name"))
                .containsExactly(List.of("go", 1L), List.of("java", 1L));

        execute("UPDATE posts SET published = TRUE WHERE title = 'draft'");
        execute("DELETE FROM post_tags pt USING tags t WHERE t.id = pt.tag_id AND t.name = 'go'");
        assertThat(rows("SELECT name, post_count FROM tags ORDER BY name"))
                .containsExactly(List.of("go", 0L), List.of("java", 2L));
        execute("DELETE FROM users");
        assertThat(rows("SELECT name, post_count FROM tags ORDER BY name"))
                .containsExactly(List.of("go", 0L), List.of("java", 0L));
    }

    private void assertUsersAreValidDomainValues() throws SQLException {
        for (List<Object> user : rows(USERS)) {
            new Username((String) user.get(1));
            new Email((String) user.get(2));
            new PasswordHash((String) user.get(3));
            if (user.get(4) != null) {
                new FullName((String) user.get(4));
            }
            if (user.get(5) != null) {
                new Bio((String) user.get(5));
            }
        }
    }

    private void assertNewTablesAcceptTheOldRows() throws SQLException {
        execute("""
                INSERT INTO posts (author_id, title, content, published, created_at, updated_at)
                SELECT id, 'First post of ' || username, 'Content', FALSE, now(), now() FROM users""");
        execute("INSERT INTO tags (name) VALUES ('java')");
        execute("INSERT INTO post_tags (post_id, tag_id) SELECT p.id, t.id FROM posts p CROSS JOIN tags t");
        assertThat(rows("SELECT count(*) FROM post_tags")).containsExactly(List.of(2L));
        assertThatThrownBy(() -> execute("""
                INSERT INTO users (username, email, password_hash, active, created_at, updated_at)
                VALUES ('ALICE', 'other@example.com', 'h', TRUE, now(), now())"""))
                .as("the unique indexes of the first version still hold")
                .isInstanceOf(SQLException.class);
        execute("DELETE FROM users WHERE username = 'alice'");
        assertThat(rows("SELECT count(*) FROM posts")).containsExactly(List.of(1L));
        assertThat(rows("SELECT count(*) FROM tags")).containsExactly(List.of(1L));
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private List<List<Object>> rows(String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            List<List<Object>> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int column = 1; column <= columns; column++) {
                    row.add(result.getObject(column));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
