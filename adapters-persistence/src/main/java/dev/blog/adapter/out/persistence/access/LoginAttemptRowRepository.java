package dev.blog.adapter.out.persistence.access;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface LoginAttemptRowRepository extends GenericRepository<LoginAttemptRow, Long> {

    LoginAttemptRow save(LoginAttemptRow row);

    /**
     * A transaction-scoped advisory lock on the account: held until commit or rollback, on whichever
     * instance asks, and released by PostgreSQL even if the instance dies. Always 1.
     */
    @Query("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(:accountKey, 0))")
    int lockAccount(String accountKey);

    @Query("""
            SELECT * FROM login_attempts
            WHERE account_key = :accountKey AND attempted_at >= :since
            ORDER BY attempted_at DESC
            LIMIT :limit""")
    List<LoginAttemptRow> findNewest(String accountKey, Instant since, int limit);

    @Query("""
            DELETE FROM login_attempts
            WHERE id = (SELECT id FROM login_attempts WHERE account_key = :accountKey
                        ORDER BY attempted_at DESC, id DESC LIMIT 1)""")
    void deleteNewest(String accountKey);

    int deleteByAccountKey(String accountKey);

    int deleteByAttemptedAtLessThan(Instant instant);
}
