package dev.blog.adapter.out.persistence.comment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The read side of comments: comments joined with their authors (one row each), of posts the caller may
 * see. The draft rule is PostDetailsRepository's: drafts are visible when {@code allDrafts}, else only
 * those of {@code draftsOf}; the casts let PostgreSQL type a null parameter.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CommentDetailsRepository extends GenericRepository<CommentRow, Long> {

    /** What a comment shows, of the comments {@code c} joined with their authors {@code u}. */
    String COLUMNS = """
            SELECT c.id, c.post_id, c.body, c.created_at, c.updated_at, c.version,
                   u.id AS author_id, u.username AS author_username, u.full_name AS author_full_name,
                   u.image_url AS author_image_url, u.bio AS author_bio
            """;

    @Query(COLUMNS + """
            FROM comments c JOIN users u ON u.id = c.author_id JOIN posts p ON p.id = c.post_id
            WHERE c.id = :id
              AND (p.published OR CAST(:allDrafts AS BOOLEAN)
                   OR (CAST(:draftsOf AS BIGINT) IS NOT NULL AND p.author_id = :draftsOf))""")
    Optional<CommentDetailsRow> findDetails(long id, boolean allDrafts, @Nullable Long draftsOf);

    @Query("""
            SELECT EXISTS (SELECT 1 FROM posts p
                           WHERE p.id = :postId
                             AND (p.published OR CAST(:allDrafts AS BOOLEAN)
                                  OR (CAST(:draftsOf AS BIGINT) IS NOT NULL AND p.author_id = :draftsOf)))""")
    boolean isPostVisible(long postId, boolean allDrafts, @Nullable Long draftsOf);

    /**
     * A page of a post's comments, oldest first. {@code afterCreatedAt} null means an offset page, else a
     * keyset page starting after that position: one range of comments_of_post_oldest_first at any depth.
     */
    @Query(COLUMNS + """
            FROM comments c JOIN users u ON u.id = c.author_id
            WHERE c.post_id = :postId
              AND (CAST(:afterCreatedAt AS TIMESTAMPTZ) IS NULL
                   OR (c.created_at, c.id) > (CAST(:afterCreatedAt AS TIMESTAMPTZ), :afterId))
            ORDER BY c.created_at, c.id
            LIMIT :limit OFFSET :offset""")
    List<CommentDetailsRow> findWindow(long postId, @Nullable Instant afterCreatedAt, @Nullable Long afterId,
                                       int offset, int limit);

    /** Counts no further than {@code cap}, so that counting costs the same however many comments a post has. */
    @Query("SELECT count(*) FROM (SELECT 1 FROM comments WHERE post_id = :postId LIMIT :cap) AS matching")
    long countOfPost(long postId, int cap);
}
