package dev.blog.adapter.out.persistence.post;

import dev.blog.domain.post.Content;
import dev.blog.domain.post.Post;
import dev.blog.domain.post.PostId;
import dev.blog.domain.post.Title;
import dev.blog.domain.post.port.PostRepository;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.tag.TagName;
import dev.blog.domain.tag.port.TagRepository;
import dev.blog.domain.user.UserId;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * Posts and their tag links on PostgreSQL with plain SQL. The links in {@code post_tags} are written
 * here explicitly, as a diff against the post's tag set, rather than left to an ORM cascade. Callers run
 * it inside a transaction (the Transactions port).
 */
@Singleton
final class PostPersistenceAdapter implements PostRepository {

    private static final String AUTHOR_FOREIGN_KEY = "posts_author_fk";
    private static final String INSERT = """
            INSERT INTO posts (author_id, title, content, published, view_count, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            RETURNING id""";
    // Leaves view_count alone: a concurrent view must not be overwritten by the count this post was loaded with.
    private static final String UPDATE = """
            UPDATE posts SET title = ?, content = ?, published = ?, updated_at = ?
            WHERE id = ?""";
    private static final String LOCK = "SELECT id FROM posts WHERE id = ? FOR UPDATE";
    // Issued once the lock is held, as a statement of its own: under READ COMMITTED it then sees what the
    // previous lock holder committed. Read within the locking statement, the tag links would be stale.
    private static final String SELECT = """
            SELECT p.id, p.author_id, p.title, p.content, p.published, p.view_count, p.created_at, p.updated_at,
                   ARRAY(SELECT t.name FROM post_tags pt JOIN tags t ON t.id = pt.tag_id
                         WHERE pt.post_id = p.id) AS tag_names
            FROM posts p
            WHERE p.id = ?""";
    private static final String UNLINK_OTHER_TAGS = "DELETE FROM post_tags WHERE post_id = ? AND tag_id <> ALL(?::bigint[])";
    private static final String LINK_TAGS = """
            INSERT INTO post_tags (post_id, tag_id)
            SELECT ?, tag_id FROM unnest(?::bigint[]) AS linked (tag_id)
            ON CONFLICT DO NOTHING""";
    private static final String INCREMENT_VIEW_COUNT =
            "UPDATE posts SET view_count = view_count + 1 WHERE id = ? RETURNING view_count";

    private final JdbcOperations jdbc;
    private final TagRepository tags;

    PostPersistenceAdapter(JdbcOperations jdbc, TagRepository tags) {
        this.jdbc = jdbc;
        this.tags = tags;
    }

    @Override
    public Post create(Post post) {
        if (post.isStored()) {
            throw new IllegalArgumentException("a new post has no id yet");
        }
        PostId id = new PostId(insert(post));
        link(id, tagIds(post.tags()));
        return post.withId(id);
    }

    @Override
    public Post update(Post post) {
        int updated = jdbc.prepareStatement(UPDATE, statement -> {
            statement.setString(1, post.title().value());
            statement.setString(2, post.content().value());
            statement.setBoolean(3, post.published());
            statement.setObject(4, SqlTimestamps.of(post.updatedAt()));
            statement.setLong(5, post.requireId().value());
            return statement.executeUpdate();
        });
        if (updated == 0) {
            throw new IllegalStateException("post " + post.id() + " is not stored");
        }
        Long[] tagIds = tagIds(post.tags());
        unlinkAllBut(post.requireId(), tagIds);
        link(post.requireId(), tagIds);
        return post;
    }

    @Override
    public Optional<Post> findForUpdate(PostId id) {
        boolean locked = jdbc.prepareStatement(LOCK, statement -> {
            statement.setLong(1, id.value());
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        });
        if (!locked) {
            return Optional.empty();
        }
        return Optional.of(jdbc.prepareStatement(SELECT, statement -> {
            statement.setLong(1, id.value());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return post(row);
            }
        }));
    }

    @Override
    public boolean deleteById(PostId id) {
        return jdbc.prepareStatement("DELETE FROM posts WHERE id = ?", statement -> {
            statement.setLong(1, id.value());
            return statement.executeUpdate() > 0;
        });
    }

    @Override
    public OptionalLong incrementViewCount(PostId id) {
        return jdbc.prepareStatement(INCREMENT_VIEW_COUNT, statement -> {
            statement.setLong(1, id.value());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
            }
        });
    }

    private long insert(Post post) {
        try {
            return jdbc.prepareStatement(INSERT, statement -> {
                statement.setLong(1, post.authorId().value());
                statement.setString(2, post.title().value());
                statement.setString(3, post.content().value());
                statement.setBoolean(4, post.published());
                statement.setLong(5, post.viewCount());
                statement.setObject(6, SqlTimestamps.of(post.createdAt()));
                statement.setObject(7, SqlTimestamps.of(post.updatedAt()));
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            });
        } catch (RuntimeException e) {
            // The foreign key decides, so an author deleted concurrently is a 404 too, not a failure.
            if (violates(e, AUTHOR_FOREIGN_KEY)) {
                throw new NotFoundException("User", post.authorId());
            }
            throw e;
        }
    }

    private Long[] tagIds(Set<TagName> names) {
        return tags.getOrCreate(names).stream().map(tag -> tag.id().value()).toArray(Long[]::new);
    }

    private void unlinkAllBut(PostId post, Long[] tagIds) {
        jdbc.prepareStatement(UNLINK_OTHER_TAGS, statement -> {
            statement.setLong(1, post.value());
            statement.setArray(2, statement.getConnection().createArrayOf("bigint", tagIds));
            return statement.executeUpdate();
        });
    }

    private void link(PostId post, Long[] tagIds) {
        if (tagIds.length == 0) {
            return;
        }
        jdbc.prepareStatement(LINK_TAGS, statement -> {
            statement.setLong(1, post.value());
            statement.setArray(2, statement.getConnection().createArrayOf("bigint", tagIds));
            return statement.executeUpdate();
        });
    }

    private static Post post(ResultSet row) throws SQLException {
        String[] tagNames = (String[]) row.getArray("tag_names").getArray();
        return new Post(new PostId(row.getLong("id")), new UserId(row.getLong("author_id")),
                new Title(row.getString("title")), new Content(row.getString("content")), row.getBoolean("published"),
                row.getLong("view_count"), new TreeSet<>(Arrays.stream(tagNames).map(TagName::new).toList()),
                SqlTimestamps.read(row, "created_at"), SqlTimestamps.read(row, "updated_at"));
    }

    private static boolean violates(Throwable failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException psql
                    && PSQLState.FOREIGN_KEY_VIOLATION.getState().equals(psql.getSQLState())
                    && psql.getServerErrorMessage() != null
                    && constraint.equals(psql.getServerErrorMessage().getConstraint())) {
                return true;
            }
        }
        return false;
    }
}
