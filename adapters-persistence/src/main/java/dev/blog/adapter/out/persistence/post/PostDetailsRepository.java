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
 * when {@code allDrafts}, else only those of {@code draftsOf}. Such "catch-all" conditions need plans
 * made for the actual values (the connections force custom plans: see application.yml), where PostgreSQL
 * folds away what does not apply: an anonymous caller's visibility becomes {@code published}.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PostDetailsRepository extends GenericRepository<PostRow, Long> {

    /**
     * What a post in a list shows, of the posts {@code p} joined with their authors {@code u} and their
     * counters {@code c} (likes and comments): the summary, or only the start of the content an excerpt needs; whether the viewer
     * likes it is an index probe per post, in the same statement.
     */
    String LIST_ITEM_COLUMNS = """
            SELECT p.id, p.slug, p.title, p.summary,
                   CASE WHEN p.summary IS NULL THEN left(p.content, 201) END AS content_start,
                   p.published, p.view_count, coalesce(c.like_count, 0) AS like_count,
                   coalesce(c.comment_count, 0) AS comment_count,
                   (CAST(:viewer AS BIGINT) IS NOT NULL
                    AND EXISTS (SELECT 1 FROM post_likes l WHERE l.post_id = p.id AND l.user_id = :viewer)) AS liked_by_me,
                   p.created_at, p.updated_at,
                   u.id AS author_id, u.username AS author_username, u.full_name AS author_full_name, u.image_url AS author_image_url,
                   u.bio AS author_bio
            """;

    /** What a single post shows, of the same joins as {@link #LIST_ITEM_COLUMNS}: the whole content, and its version. */
    String DETAILS_COLUMNS = """
            SELECT p.id, p.slug, p.title, p.content, p.summary, p.published, p.view_count,
                   coalesce(c.like_count, 0) AS like_count, coalesce(c.comment_count, 0) AS comment_count,
                   (CAST(:viewer AS BIGINT) IS NOT NULL
                    AND EXISTS (SELECT 1 FROM post_likes l WHERE l.post_id = p.id AND l.user_id = :viewer)) AS liked_by_me,
                   p.created_at, p.updated_at,
                   p.version, u.id AS author_id, u.username AS author_username, u.full_name AS author_full_name, u.image_url AS author_image_url,
                   u.bio AS author_bio
            """;

    @Query(DETAILS_COLUMNS + """
            FROM posts p JOIN users u ON u.id = p.author_id LEFT JOIN post_counters c ON c.post_id = p.id
            WHERE p.id = :id""")
    Optional<PostDetailsRow> findDetails(long id, @Nullable Long viewer);

    @Query(DETAILS_COLUMNS + """
            FROM posts p JOIN users u ON u.id = p.author_id LEFT JOIN post_counters c ON c.post_id = p.id
            WHERE p.slug = :slug""")
    Optional<PostDetailsRow> findDetailsBySlug(String slug, @Nullable Long viewer);

    /**
     * A page of posts, newest first. {@code afterCreatedAt} null means an offset page, else a keyset page
     * starting after that position, which costs the same at any depth. The page's ids come first, from an
     * index alone (an offset walks index entries, not posts joined to their authors); then only those posts
     * are read. Of the content it reads only what an excerpt needs (Excerpt.CONTENT_NEEDED, 201 characters),
     * and only for posts without a summary.
     */
    @Query(LIST_ITEM_COLUMNS + """
            FROM (SELECT id FROM posts
                  WHERE (CAST(:authorId AS BIGINT) IS NULL OR author_id = :authorId)
                    AND (CAST(:published AS BOOLEAN) IS NULL OR published = :published)
                    AND (published OR CAST(:allDrafts AS BOOLEAN)
                         OR (CAST(:draftsOf AS BIGINT) IS NOT NULL AND author_id = :draftsOf))
                    AND (CAST(:tagId AS BIGINT) IS NULL
                         OR EXISTS (SELECT 1 FROM post_tags pt WHERE pt.post_id = posts.id AND pt.tag_id = :tagId))
                    AND (CAST(:likedBy AS BIGINT) IS NULL
                         OR EXISTS (SELECT 1 FROM post_likes l WHERE l.post_id = posts.id AND l.user_id = :likedBy))
                    AND (CAST(:afterCreatedAt AS TIMESTAMPTZ) IS NULL
                         OR (created_at, id) < (CAST(:afterCreatedAt AS TIMESTAMPTZ), :afterId))
                  ORDER BY created_at DESC, id DESC
                  LIMIT :limit OFFSET :offset) AS page
            JOIN posts p ON p.id = page.id JOIN users u ON u.id = p.author_id
            LEFT JOIN post_counters c ON c.post_id = p.id
            ORDER BY p.created_at DESC, p.id DESC""")
    List<PostListRow> findWindow(@Nullable Long authorId, @Nullable Boolean published, boolean allDrafts,
                                 @Nullable Long draftsOf, @Nullable Long tagId, @Nullable Long likedBy,
                                 @Nullable Instant afterCreatedAt, @Nullable Long afterId, int offset, int limit,
                                 @Nullable Long viewer);

    /**
     * A page of the posts of one tag, as {@link #findWindow} but with the ids from the tag's own range of
     * post_tags (tag, post date, post id), whose copies of each post's date and publication make it one
     * index range however many posts carry the tag. The tag is an id, resolved beforehand. (With an author
     * too, {@link #findWindow} walks that author's posts instead, which a tag's range would have to filter.)
     */
    @Query(LIST_ITEM_COLUMNS + """
            FROM (SELECT pt.post_id FROM post_tags pt
                  WHERE pt.tag_id = :tagId
                    AND (CAST(:published AS BOOLEAN) IS NULL OR pt.post_published = :published)
                    AND (pt.post_published OR CAST(:allDrafts AS BOOLEAN)
                         OR (CAST(:draftsOf AS BIGINT) IS NOT NULL
                             AND EXISTS (SELECT 1 FROM posts a WHERE a.id = pt.post_id AND a.author_id = :draftsOf)))
                    AND (CAST(:likedBy AS BIGINT) IS NULL
                         OR EXISTS (SELECT 1 FROM post_likes l WHERE l.post_id = pt.post_id AND l.user_id = :likedBy))
                    AND (CAST(:afterCreatedAt AS TIMESTAMPTZ) IS NULL
                         OR (pt.post_created_at, pt.post_id) < (CAST(:afterCreatedAt AS TIMESTAMPTZ), :afterId))
                  ORDER BY pt.post_created_at DESC, pt.post_id DESC
                  LIMIT :limit OFFSET :offset) AS page
            JOIN posts p ON p.id = page.post_id JOIN users u ON u.id = p.author_id
            LEFT JOIN post_counters c ON c.post_id = p.id
            ORDER BY p.created_at DESC, p.id DESC""")
    List<PostListRow> findTagWindow(long tagId, @Nullable Boolean published, boolean allDrafts, @Nullable Long draftsOf,
                                    @Nullable Long likedBy, @Nullable Instant afterCreatedAt, @Nullable Long afterId,
                                    int offset, int limit, @Nullable Long viewer);

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
                  AND (CAST(:likedBy AS BIGINT) IS NULL
                       OR EXISTS (SELECT 1 FROM post_likes l WHERE l.post_id = p.id AND l.user_id = :likedBy))
                LIMIT :cap
            ) AS matching""")
    long countMatching(@Nullable Long authorId, @Nullable Boolean published, boolean allDrafts,
                       @Nullable Long draftsOf, @Nullable Long tagId, @Nullable Long likedBy, int cap);

    /** {@link #countMatching} for the posts of one tag, from the tag's range of post_tags. */
    @Query("""
            SELECT count(*) FROM (
                SELECT 1 FROM post_tags pt
                WHERE pt.tag_id = :tagId
                  AND (CAST(:published AS BOOLEAN) IS NULL OR pt.post_published = :published)
                  AND (pt.post_published OR CAST(:allDrafts AS BOOLEAN)
                       OR (CAST(:draftsOf AS BIGINT) IS NOT NULL
                           AND EXISTS (SELECT 1 FROM posts a WHERE a.id = pt.post_id AND a.author_id = :draftsOf)))
                  AND (CAST(:likedBy AS BIGINT) IS NULL
                       OR EXISTS (SELECT 1 FROM post_likes l WHERE l.post_id = pt.post_id AND l.user_id = :likedBy))
                LIMIT :cap
            ) AS matching""")
    long countTagMatching(long tagId, @Nullable Boolean published, boolean allDrafts, @Nullable Long draftsOf,
                          @Nullable Long likedBy, int cap);

    /**
     * A page of the posts one user likes, as {@link #findWindow} but with the ids from that user's own range
     * of post_likes (user, post date, post id), whose copies of each post's date and publication make it one
     * index range however many posts they like. (With an author or a tag too, those ranges serve instead.)
     */
    @Query(LIST_ITEM_COLUMNS + """
            FROM (SELECT lk.post_id FROM post_likes lk
                  WHERE lk.user_id = :likedBy
                    AND (CAST(:published AS BOOLEAN) IS NULL OR lk.post_published = :published)
                    AND (lk.post_published OR CAST(:allDrafts AS BOOLEAN)
                         OR (CAST(:draftsOf AS BIGINT) IS NOT NULL
                             AND EXISTS (SELECT 1 FROM posts a WHERE a.id = lk.post_id AND a.author_id = :draftsOf)))
                    AND (CAST(:afterCreatedAt AS TIMESTAMPTZ) IS NULL
                         OR (lk.post_created_at, lk.post_id) < (CAST(:afterCreatedAt AS TIMESTAMPTZ), :afterId))
                  ORDER BY lk.post_created_at DESC, lk.post_id DESC
                  LIMIT :limit OFFSET :offset) AS page
            JOIN posts p ON p.id = page.post_id JOIN users u ON u.id = p.author_id
            LEFT JOIN post_counters c ON c.post_id = p.id
            ORDER BY p.created_at DESC, p.id DESC""")
    List<PostListRow> findLikedWindow(long likedBy, @Nullable Boolean published, boolean allDrafts,
                                      @Nullable Long draftsOf, @Nullable Instant afterCreatedAt, @Nullable Long afterId,
                                      int offset, int limit, @Nullable Long viewer);

    /** {@link #countMatching} for the posts one user likes, from that user's range of post_likes. */
    @Query("""
            SELECT count(*) FROM (
                SELECT 1 FROM post_likes lk
                WHERE lk.user_id = :likedBy
                  AND (CAST(:published AS BOOLEAN) IS NULL OR lk.post_published = :published)
                  AND (lk.post_published OR CAST(:allDrafts AS BOOLEAN)
                       OR (CAST(:draftsOf AS BIGINT) IS NOT NULL
                           AND EXISTS (SELECT 1 FROM posts a WHERE a.id = lk.post_id AND a.author_id = :draftsOf)))
                LIMIT :cap
            ) AS matching""")
    long countLikedMatching(long likedBy, @Nullable Boolean published, boolean allDrafts, @Nullable Long draftsOf,
                            int cap);

    /**
     * A page of a feed, as {@link #findWindow}: for each followed user, at most the newest {@code perAuthor}
     * (offset + limit) published posts before the position, from that author's own index; of those, the
     * newest. So a page reads at most (followed users x perAuthor) index entries, however many posts exist.
     */
    @Query(LIST_ITEM_COLUMNS + """
            FROM (SELECT fp.id FROM follows f
                  CROSS JOIN LATERAL (
                      SELECT a.id, a.created_at FROM posts a
                      WHERE a.author_id = f.followee_id AND a.published
                        AND (CAST(:afterCreatedAt AS TIMESTAMPTZ) IS NULL
                             OR (a.created_at, a.id) < (CAST(:afterCreatedAt AS TIMESTAMPTZ), :afterId))
                      ORDER BY a.created_at DESC, a.id DESC
                      LIMIT :perAuthor) AS fp
                  WHERE f.follower_id = :follower
                  ORDER BY fp.created_at DESC, fp.id DESC
                  LIMIT :limit OFFSET :offset) AS page
            JOIN posts p ON p.id = page.id JOIN users u ON u.id = p.author_id
            LEFT JOIN post_counters c ON c.post_id = p.id
            ORDER BY p.created_at DESC, p.id DESC""")
    List<PostListRow> findFeedWindow(long follower, @Nullable Instant afterCreatedAt, @Nullable Long afterId,
                                     int perAuthor, int offset, int limit, @Nullable Long viewer);

    /** {@link #countMatching} for a feed. */
    @Query("""
            SELECT count(*) FROM (
                SELECT 1 FROM follows f JOIN posts p ON p.author_id = f.followee_id AND p.published
                WHERE f.follower_id = :follower
                LIMIT :cap
            ) AS matching""")
    long countFeed(long follower, int cap);

    @Query("SELECT id FROM tags WHERE name = :name")
    Optional<Long> findTagId(String name);

    @Query("""
            SELECT pt.post_id, t.id, t.name
            FROM post_tags pt JOIN tags t ON t.id = pt.tag_id
            WHERE pt.post_id = ANY(:postIds)
            ORDER BY t.name""")
    List<PostTagRow> findTagsOfPosts(@TypeDef(type = DataType.LONG_ARRAY) Long[] postIds);
}
