package dev.blog.adapter.out.persistence.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

/**
 * Follows, one statement each: the primary key (follower, followee) makes a second follow a no-op, and the
 * statement triggers of V32 keep user_counters exact in the same transaction. The pages walk one user's
 * range of follows, newest first (followers by the followee index, followings by the follower index),
 * skipping deactivated users unless {@code withInactive}, by the copies of their active flags each follow
 * carries (V36), so that neither page nor count visits the other users' rows; a keyset page starts after
 * (since, user id).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface FollowRepository extends GenericRepository<UserRow, Long> {

    @Query("""
            INSERT INTO follows (follower_id, followee_id, created_at) VALUES (:follower, :followee, :at)
            ON CONFLICT DO NOTHING""")
    void follow(long follower, long followee, Instant at);

    @Query("DELETE FROM follows WHERE follower_id = :follower AND followee_id = :followee")
    void unfollow(long follower, long followee);

    @Query("""
            SELECT u.id AS user_id, coalesce(c.follower_count, 0) AS follower_count,
                   coalesce(c.following_count, 0) AS following_count,
                   (CAST(:viewer AS BIGINT) IS NOT NULL
                    AND EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = :viewer AND f.followee_id = u.id))
                       AS followed_by_me
            FROM unnest(:userIds) AS u (id) LEFT JOIN user_counters c ON c.user_id = u.id""")
    List<FollowCountsRow> findCounts(@TypeDef(type = DataType.LONG_ARRAY) Long[] userIds, @Nullable Long viewer);

    @Query("""
            SELECT f.follower_id AS user_id, f.created_at AS since
            FROM follows f
            WHERE f.followee_id = :user AND (CAST(:withInactive AS BOOLEAN) OR f.follower_active)
              AND (CAST(:afterSince AS TIMESTAMPTZ) IS NULL
                   OR (f.created_at, f.follower_id) < (CAST(:afterSince AS TIMESTAMPTZ), :afterId))
            ORDER BY f.created_at DESC, f.follower_id DESC
            LIMIT :limit OFFSET :offset""")
    List<FollowEntryRow> findFollowers(long user, boolean withInactive, @Nullable Instant afterSince,
                                       @Nullable Long afterId, int offset, int limit);

    @Query("""
            SELECT f.followee_id AS user_id, f.created_at AS since
            FROM follows f
            WHERE f.follower_id = :user AND (CAST(:withInactive AS BOOLEAN) OR f.followee_active)
              AND (CAST(:afterSince AS TIMESTAMPTZ) IS NULL
                   OR (f.created_at, f.followee_id) < (CAST(:afterSince AS TIMESTAMPTZ), :afterId))
            ORDER BY f.created_at DESC, f.followee_id DESC
            LIMIT :limit OFFSET :offset""")
    List<FollowEntryRow> findFollowing(long user, boolean withInactive, @Nullable Instant afterSince,
                                       @Nullable Long afterId, int offset, int limit);

    /** Counts no further than {@code cap}, so that a popular user's page costs what any other's does. */
    @Query("""
            SELECT count(*) FROM (
                SELECT 1 FROM follows f
                WHERE f.followee_id = :user AND (CAST(:withInactive AS BOOLEAN) OR f.follower_active)
                LIMIT :cap) AS matching""")
    long countFollowers(long user, boolean withInactive, int cap);

    @Query("""
            SELECT count(*) FROM (
                SELECT 1 FROM follows f
                WHERE f.follower_id = :user AND (CAST(:withInactive AS BOOLEAN) OR f.followee_active)
                LIMIT :cap) AS matching""")
    long countFollowing(long user, boolean withInactive, int cap);
}
