package dev.blog.adapter.out.persistence.tag;

import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.tag.Tag;
import dev.blog.domain.tag.TagId;
import dev.blog.domain.tag.TagName;
import dev.blog.domain.tag.TagUsage;
import dev.blog.domain.tag.port.TagRepository;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Tags on PostgreSQL with plain SQL. Callers run it inside a transaction (the Transactions port). */
@Singleton
final class TagPersistenceAdapter implements TagRepository {

    // Sorted, so that transactions creating overlapping names take the index locks in one order and
    // cannot deadlock. DO NOTHING waits for a concurrent insert of the same name and then skips it.
    private static final String INSERT_MISSING = """
            INSERT INTO tags (name)
            SELECT name FROM unnest(?::varchar[]) AS wanted (name) ORDER BY name
            ON CONFLICT (name) DO NOTHING""";
    private static final String SELECT_BY_NAMES = "SELECT id, name FROM tags WHERE name = ANY(?::varchar[]) ORDER BY name";
    private static final String SELECT_USAGE_WINDOW = """
            SELECT t.id, t.name, (SELECT count(*) FROM post_tags pt WHERE pt.tag_id = t.id) AS post_count
            FROM tags t
            ORDER BY t.name
            LIMIT ? OFFSET ?""";

    private final JdbcOperations jdbc;

    TagPersistenceAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Two statements: the insert skips names that exist, and the select, a new statement with a new
     * snapshot under READ COMMITTED, also sees the names other transactions committed while it waited.
     */
    @Override
    public List<Tag> getOrCreate(Set<TagName> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        String[] values = names.stream().map(TagName::value).toArray(String[]::new);
        jdbc.prepareStatement(INSERT_MISSING, statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("varchar", values));
            return statement.executeUpdate();
        });
        List<Tag> tags = jdbc.prepareStatement(SELECT_BY_NAMES, statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("varchar", values));
            return readTags(statement.executeQuery());
        });
        if (tags.size() != names.size()) {
            throw new IllegalStateException("expected the tags " + names + " but found " + tags);
        }
        return tags;
    }

    @Override
    public Optional<Tag> findById(TagId id) {
        return jdbc.prepareStatement("SELECT id, name FROM tags WHERE id = ?", statement -> {
            statement.setLong(1, id.value());
            return readTags(statement.executeQuery()).stream().findFirst();
        });
    }

    @Override
    public Optional<Tag> findByName(TagName name) {
        return jdbc.prepareStatement("SELECT id, name FROM tags WHERE name = ?", statement -> {
            statement.setString(1, name.value());
            return readTags(statement.executeQuery()).stream().findFirst();
        });
    }

    @Override
    public Page<TagUsage> findUsagePage(PageRequest page) {
        List<TagUsage> usages = jdbc.prepareStatement(SELECT_USAGE_WINDOW, statement -> {
            statement.setInt(1, page.limit());
            statement.setInt(2, page.offset());
            List<TagUsage> window = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    window.add(new TagUsage(tag(rows), rows.getLong("post_count")));
                }
            }
            return window;
        });
        long total = jdbc.prepareStatement("SELECT count(*) FROM tags", statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
        return Page.of(usages, page, total);
    }

    private static List<Tag> readTags(ResultSet rows) throws SQLException {
        try (rows) {
            List<Tag> tags = new ArrayList<>();
            while (rows.next()) {
                tags.add(tag(rows));
            }
            return tags;
        }
    }

    private static Tag tag(ResultSet row) throws SQLException {
        return new Tag(new TagId(row.getLong("id")), new TagName(row.getString("name")));
    }
}
