package dev.blog.adapter.out.persistence.post;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The write side of posts: the rows of {@code posts} and their links in {@code post_tags}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PostRowRepository extends GenericRepository<PostRow, Long> {

    PostRow save(PostRow row);

    @Query("SELECT * FROM posts WHERE id = :id FOR UPDATE")
    Optional<PostRow> findByIdForUpdate(long id);

    /**
     * Issued once the row lock is held, as a statement of its own: under READ COMMITTED it then sees what
     * the previous lock holder committed. Read within the locking statement, the links would be stale.
     */
    @Query("SELECT t.name FROM post_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.post_id = :postId")
    List<String> findTagNames(long postId);

    /** Leaves view_count alone: a concurrent view must not be overwritten by the count the post was loaded with. */
    @Query("""
            UPDATE posts SET title = :title, content = :content, summary = :summary, published = :published,
                             updated_at = :updatedAt, version = version + 1
            WHERE id = :id""")
    int updateAllButViewCount(long id, String title, String content, @Nullable String summary, boolean published,
                              Instant updatedAt);

    int deleteById(long id);

    /**
     * One atomic step, so concurrent views lose no increment; the row stays locked until the transaction
     * ends. A post the viewer may not see (see PostDetailsRepository for the draft rule) is not counted.
     */
    @Query("""
            UPDATE posts p SET view_count = view_count + 1
            WHERE id = :id
              AND (p.published OR CAST(:allDrafts AS BOOLEAN)
                   OR (CAST(:draftsOf AS BIGINT) IS NOT NULL AND p.author_id = :draftsOf))""")
    int incrementViewCount(long id, boolean allDrafts, @Nullable Long draftsOf);

    /** Micronaut Data runs an UPDATE ... RETURNING as an update and drops the row it returns, hence this read. */
    @Query("SELECT view_count FROM posts WHERE id = :id")
    long findViewCount(long id);

    /**
     * Locks the tags whose post counts a change of this post may touch, in tag id order (see
     * lock_counted_tags in V4): the counters then change over several statements (publication, unlinks,
     * links) without two transactions ever waiting for each other's tags in opposite orders.
     */
    @Query("SELECT lock_counted_tags(:postId, :tagIds)")
    long lockCountedTags(long postId, @TypeDef(type = DataType.LONG_ARRAY) Long[] tagIds);

    /** Gives the post {@code wanted} or its next free numbered variant (claim_post_slug in V31). */
    @Query("SELECT claim_post_slug(:postId, :wanted)")
    String claimSlug(long postId, String wanted);

    @Query("DELETE FROM post_tags WHERE post_id = :postId AND tag_id <> ALL(:tagIds)")
    void unlinkTagsOtherThan(long postId, @TypeDef(type = DataType.LONG_ARRAY) Long[] tagIds);

    @Query("""
            INSERT INTO post_tags (post_id, tag_id)
            SELECT :postId, tag_id FROM unnest(:tagIds) AS linked (tag_id)
            ON CONFLICT DO NOTHING""")
    void linkTags(long postId, @TypeDef(type = DataType.LONG_ARRAY) Long[] tagIds);
}
