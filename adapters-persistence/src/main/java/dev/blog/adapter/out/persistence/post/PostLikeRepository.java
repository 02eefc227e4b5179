package dev.blog.adapter.out.persistence.post;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/**
 * Likes, written one statement each: the primary key (post, user) makes a second like a no-op, and the
 * statement triggers of V30 keep post_counters exact in the same transaction. Each statement checks that
 * the liker may see the post (the draft rule of PostDetailsRepository), so a draft of someone else can be
 * neither liked nor unliked.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PostLikeRepository extends GenericRepository<PostRow, Long> {

    /** The post's date and publication are copied in by the post_likes_copy_post trigger. */
    @Query("""
            INSERT INTO post_likes (post_id, user_id)
            SELECT p.id, :userId FROM posts p
            WHERE p.id = :postId
              AND (p.published OR CAST(:allDrafts AS BOOLEAN)
                   OR (CAST(:draftsOf AS BIGINT) IS NOT NULL AND p.author_id = :draftsOf))
            ON CONFLICT DO NOTHING""")
    void like(long postId, long userId, boolean allDrafts, @Nullable Long draftsOf);

    @Query("""
            DELETE FROM post_likes l USING posts p
            WHERE l.post_id = :postId AND l.user_id = :userId AND p.id = l.post_id
              AND (p.published OR CAST(:allDrafts AS BOOLEAN)
                   OR (CAST(:draftsOf AS BIGINT) IS NOT NULL AND p.author_id = :draftsOf))""")
    void unlike(long postId, long userId, boolean allDrafts, @Nullable Long draftsOf);

    /** Empty when there is no such post or the user may not see it. */
    @Query("""
            SELECT coalesce(c.like_count, 0) AS like_count,
                   EXISTS (SELECT 1 FROM post_likes l WHERE l.post_id = p.id AND l.user_id = :userId) AS liked_by_me
            FROM posts p LEFT JOIN post_counters c ON c.post_id = p.id
            WHERE p.id = :postId
              AND (p.published OR CAST(:allDrafts AS BOOLEAN)
                   OR (CAST(:draftsOf AS BIGINT) IS NOT NULL AND p.author_id = :draftsOf))""")
    Optional<LikeStateRow> findState(long postId, long userId, boolean allDrafts, @Nullable Long draftsOf);
}
