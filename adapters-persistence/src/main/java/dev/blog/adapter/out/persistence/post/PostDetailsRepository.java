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

/**
 * The read side of posts: posts joined with their authors (one row per post, since each has exactly one
 * author), then the tags of a whole page in one statement keyed by the posts' ids. A null filter
 * parameter matches every post; the casts let PostgreSQL type a null parameter. Drafts are included
 * when {@code allDrafts}, else only those of {@code draftsOf}; with custom plans (a plan per set of
 * values) an anonymous caller's condition folds to {@code p.published}.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PostDetailsRepository extends GenericRepository<PostRow, Long> {

    @Query("""
            SELECT p.id, p.title, p.content, p.summary, p.published, p.view_count, p.created_at, p.updated_at,
                   p.version, u.id AS author_id, u.username AS author_username, u.full_name AS author_full_name
            FROM posts p JOIN users u ON u.id = p.author_id
            WHERE p.id = :id""")
    Optional<PostDetailsRow> findDetails(long id);

    /**
     * A page of posts, newest first. {@code afterCreatedAt} null means an offset page, else a keyset page
     * starting after that position, which costs the same at any depth. Of the content it reads only what an
     * excerpt needs (Excerpt.CONTENT_NEEDED, 201 characters), and only for posts without a summary. The tag is filtered by id, resolved
     * beforehand, so that the planner sees that tag's own statistics rather than an average tag's.
     */
    @Query("""
            SELECT p.id, p.title, p.summary,
                   CASE WHEN p.summary IS NULL THEN left(p.content, 201) END AS content_start,
                   p.published, p.view_count, p.created_at, p.updated_at,
                   u.id AS author_id, u.username AS author_username, u.full_name AS author_full_name
            FROM posts p JOIN users u ON u.id = p.author_id
            WHERE (CAST(:authorId AS BIGINT) IS NULL OR p.author_id = :authorId)
              AND (CAST(:published AS BOOLEAN) IS NULL OR p.published = :published)
              AND (p.published OR CAST(:allDrafts AS BOOLEAN)
                   OR (CAST(:draftsOf AS BIGINT) IS NOT NULL AND p.author_id = :draftsOf))
              AND (CAST(:tagId AS BIGINT) IS NULL
                   OR EXISTS (SELECT 1 FROM post_tags pt WHERE pt.post_id = p.id AND pt.tag_id = :tagId))
              AND (CAST(:afterCreatedAt AS TIMESTAMPTZ) IS NULL
                   OR (p.created_at, p.id) < (CAST(:afterCreatedAt AS TIMESTAMPTZ), :afterId))
            ORDER BY p.created_at DESC, p.id DESC
            LIMIT :limit OFFSET :offset""")
    List<PostListRow> findWindow(@Nullable Long authorId, @Nullable Boolean published, boolean allDrafts,
                                 @Nullable Long draftsOf, @Nullable Long tagId,
                                 @Nullable Instant afterCreatedAt, @Nullable Long afterId, int offset, int limit);

    /** Counts no further than {@code cap}, so that counting costs the same however many posts match. */
    @Query("""
            SELECT count(*) FROM (
                SELECT 1 FROM posts p
                WHERE (CAST(:authorId AS BIGINT) IS NULL OR p.author_id = :authorId)
                  AND (CAST(:published AS BOOLEAN) IS NULL OR p.published = :published)
                  AND (p.published OR CAST(:allDrafts AS BOOLEAN)
                       OR (CAST(:draftsOf AS BIGINT) IS NOT NULL AND p.author_id = :draftsOf))
                  AND (CAST(:tagId AS BIGINT) IS NULL
                       OR EXISTS (SELECT 1 FROM post_tags pt WHERE pt.post_id = p.id AND pt.tag_id = :tagId))
                LIMIT :cap
            ) AS matching""")
    long countMatching(@Nullable Long authorId, @Nullable Boolean published, boolean allDrafts,
                       @Nullable Long draftsOf, @Nullable Long tagId, int cap);

    @Query("SELECT id FROM tags WHERE name = :name")
    Optional<Long> findTagId(String name);

    @Query("""
            SELECT pt.post_id, t.id, t.name
            FROM post_tags pt JOIN tags t ON t.id = pt.tag_id
            WHERE pt.post_id = ANY(:postIds)
            ORDER BY t.name""")
    List<PostTagRow> findTagsOfPosts(@TypeDef(type = DataType.LONG_ARRAY) Long[] postIds);
}
