package dev.blog.adapter.out.persistence.post;

import dev.blog.domain.post.AuthorSummary;
import dev.blog.domain.post.Content;
import dev.blog.domain.post.PostDetails;
import dev.blog.domain.post.PostFilter;
import dev.blog.domain.post.PostId;
import dev.blog.domain.post.Title;
import dev.blog.domain.post.port.PostQueries;
import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.tag.Tag;
import dev.blog.domain.tag.TagId;
import dev.blog.domain.tag.TagName;
import dev.blog.domain.user.FullName;
import dev.blog.domain.user.UserId;
import dev.blog.domain.user.Username;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Posts with their authors and tags in a constant number of statements, however many posts: the posts
 * with their authors joined in (one row per post, since each has exactly one author), then the tags of
 * all of them in one statement keyed by their ids; a page adds one count. Callers run it inside a
 * transaction (the Transactions port).
 */
@Singleton
final class PostQueryAdapter implements PostQueries {

    private static final String SELECT_POSTS = """
            SELECT p.id, p.title, p.content, p.published, p.view_count, p.created_at, p.updated_at,
                   u.id AS author_id, u.username AS author_username, u.full_name AS author_full_name
            FROM posts p JOIN users u ON u.id = p.author_id""";
    private static final String NEWEST_FIRST_WINDOW = " ORDER BY p.created_at DESC, p.id DESC LIMIT ? OFFSET ?";
    private static final String SELECT_TAGS_OF_POSTS = """
            SELECT pt.post_id, t.id, t.name
            FROM post_tags pt JOIN tags t ON t.id = pt.tag_id
            WHERE pt.post_id = ANY(?::bigint[])
            ORDER BY t.name""";

    private final JdbcOperations jdbc;

    PostQueryAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PostDetails> findById(PostId id) {
        List<PostRow> rows = jdbc.prepareStatement(SELECT_POSTS + " WHERE p.id = ?", statement -> {
            statement.setLong(1, id.value());
            return readPosts(statement);
        });
        return withTags(rows).stream().findFirst();
    }

    @Override
    public Page<PostDetails> findPage(PostFilter filter, PageRequest page) {
        Conditions conditions = Conditions.of(filter);
        List<PostRow> rows = jdbc.prepareStatement(SELECT_POSTS + conditions.where() + NEWEST_FIRST_WINDOW,
                statement -> {
                    int next = conditions.bind(statement);
                    statement.setInt(next, page.limit());
                    statement.setInt(next + 1, page.offset());
                    return readPosts(statement);
                });
        long total = jdbc.prepareStatement("SELECT count(*) FROM posts p" + conditions.where(), statement -> {
            conditions.bind(statement);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
        return Page.of(withTags(rows), page, total);
    }

    private List<PostDetails> withTags(List<PostRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Long[] ids = rows.stream().map(PostRow::id).toArray(Long[]::new);
        Map<Long, List<Tag>> tagsByPost = jdbc.prepareStatement(SELECT_TAGS_OF_POSTS, statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("bigint", ids));
            Map<Long, List<Tag>> byPost = new HashMap<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    byPost.computeIfAbsent(result.getLong("post_id"), post -> new ArrayList<>())
                            .add(new Tag(new TagId(result.getLong("id")), new TagName(result.getString("name"))));
                }
            }
            return byPost;
        });
        return rows.stream().map(row -> row.toDetails(tagsByPost.getOrDefault(row.id(), List.of()))).toList();
    }

    private static List<PostRow> readPosts(PreparedStatement statement) throws SQLException {
        List<PostRow> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.add(new PostRow(result.getLong("id"), result.getString("title"), result.getString("content"),
                        result.getBoolean("published"), result.getLong("view_count"),
                        SqlTimestamps.read(result, "created_at"),
                        SqlTimestamps.read(result, "updated_at"),
                        result.getLong("author_id"), result.getString("author_username"),
                        result.getString("author_full_name")));
            }
        }
        return rows;
    }

    /** One row of the post query, waiting for its tags. */
    private record PostRow(long id, String title, String content, boolean published, long viewCount,
                           Instant createdAt, Instant updatedAt, long authorId, String authorUsername,
                           String authorFullName) {

        PostDetails toDetails(List<Tag> tags) {
            AuthorSummary author = new AuthorSummary(new UserId(authorId), new Username(authorUsername),
                    authorFullName == null ? null : new FullName(authorFullName));
            return new PostDetails(new PostId(id), new Title(title), new Content(content), published, viewCount,
                    author, tags, createdAt, updatedAt);
        }
    }

    /**
     * The WHERE clause of a filter, built from only the criteria that are set, so that each combination
     * gets a plan that can use its index. The tag criterion is an EXISTS: a join would repeat a post once
     * per matching link and make LIMIT and count wrong.
     */
    private record Conditions(String where, List<Object> parameters) {

        static Conditions of(PostFilter filter) {
            List<String> clauses = new ArrayList<>();
            List<Object> parameters = new ArrayList<>();
            filter.authorId().ifPresent(author -> {
                clauses.add("p.author_id = ?");
                parameters.add(author.value());
            });
            filter.published().ifPresent(published -> {
                clauses.add("p.published = ?");
                parameters.add(published);
            });
            filter.tag().ifPresent(tag -> {
                clauses.add("EXISTS (SELECT 1 FROM post_tags pt JOIN tags t ON t.id = pt.tag_id"
                        + " WHERE pt.post_id = p.id AND t.name = ?)");
                parameters.add(tag.value());
            });
            return new Conditions(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses),
                    List.copyOf(parameters));
        }

        /** @return the index of the next parameter */
        int bind(PreparedStatement statement) throws SQLException {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            return parameters.size() + 1;
        }
    }
}
