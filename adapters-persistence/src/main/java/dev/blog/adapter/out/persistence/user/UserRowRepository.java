package dev.blog.adapter.out.persistence.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserRowRepository extends GenericRepository<UserRow, Long> {

    UserRow save(UserRow row);

    UserRow update(UserRow row);

    Optional<UserRow> findById(Long id);

    List<UserRow> findByIdIn(Collection<Long> ids);

    boolean existsById(Long id);

    @Query("SELECT * FROM users WHERE id = :id FOR UPDATE")
    Optional<UserRow> findByIdForUpdate(Long id);

    /** Served by the unique indexes on lower(username) and lower(email); a login matches at most one user. */
    @Query("SELECT * FROM users WHERE lower(username) = lower(:login) OR lower(email) = lower(:login)")
    Optional<UserRow> findByLogin(String login);

    int deleteById(Long id);

    /**
     * {@code active} null means no filter; {@code afterCreatedAt} null means from the start (an offset page),
     * else the page starts after that position (a keyset page). The casts let PostgreSQL type a null parameter.
     */
    @Query("""
            SELECT * FROM users
            WHERE (CAST(:active AS BOOLEAN) IS NULL OR active = :active)
              AND (CAST(:afterCreatedAt AS TIMESTAMPTZ) IS NULL
                   OR (created_at, id) < (CAST(:afterCreatedAt AS TIMESTAMPTZ), :afterId))
            ORDER BY created_at DESC, id DESC
            LIMIT :limit OFFSET :offset""")
    List<UserRow> findWindow(@Nullable Boolean active, @Nullable Instant afterCreatedAt, @Nullable Long afterId,
                             int offset, int limit);

    /**
     * How many users there are with this {@code active} state (null: all), from the counters the database
     * keeps (V5), so that a page's total costs the same however many users there are.
     */
    @Query("SELECT coalesce(sum(users), 0) FROM user_counts WHERE CAST(:active AS BOOLEAN) IS NULL OR active = :active")
    long countMatching(@Nullable Boolean active);
}
