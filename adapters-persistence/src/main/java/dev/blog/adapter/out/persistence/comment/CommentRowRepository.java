package dev.blog.adapter.out.persistence.comment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

/** The write side of comments: the rows of {@code comments}; V35's triggers keep the posts' counts. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CommentRowRepository extends GenericRepository<CommentRow, Long> {

    CommentRow save(CommentRow row);

    /**
     * The post a new comment goes on, locked against its deletion (KEY SHARE: its author's edits and its
     * views do not wait) until the commenting transaction ends.
     */
    @Query("SELECT author_id, published FROM posts WHERE id = :postId FOR KEY SHARE")
    Optional<CommentedPostRow> findPostToCommentOn(long postId);

    /** Locks the comment only: changing a comment never waits for its post's author. */
    @Query("""
            SELECT c.id, c.post_id, c.author_id, c.body, c.created_at, c.updated_at, c.version,
                   p.author_id AS post_author_id, p.published AS post_published
            FROM comments c JOIN posts p ON p.id = c.post_id
            WHERE c.id = :id
            FOR UPDATE OF c""")
    Optional<CommentForUpdateRow> findForUpdate(long id);

    @Query("UPDATE comments SET body = :body, updated_at = :updatedAt, version = version + 1 WHERE id = :id")
    int updateBody(long id, String body, Instant updatedAt);

    int deleteById(long id);
}
