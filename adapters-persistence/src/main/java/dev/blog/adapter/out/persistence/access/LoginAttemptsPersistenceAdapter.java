package dev.blog.adapter.out.persistence.access;

import dev.blog.domain.access.port.LoginAttempts;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;

@Singleton
final class LoginAttemptsPersistenceAdapter implements LoginAttempts {

    private final LoginAttemptRowRepository rows;

    LoginAttemptsPersistenceAdapter(LoginAttemptRowRepository rows) {
        this.rows = rows;
    }

    @Override
    public void serialise(String accountKey) {
        rows.lockAccount(accountKey);
    }

    @Override
    public List<Instant> recordedSince(String accountKey, Instant since, int limit) {
        return rows.findNewest(accountKey, since, limit).stream().map(LoginAttemptRow::attemptedAt).toList();
    }

    @Override
    public void record(String accountKey, Instant at) {
        rows.save(new LoginAttemptRow(null, accountKey, at));
    }

    @Override
    public void withdrawNewest(String accountKey) {
        rows.deleteNewest(accountKey);
    }

    @Override
    public void clear(String accountKey) {
        rows.deleteByAccountKey(accountKey);
    }

    @Override
    public void forgetBefore(Instant instant) {
        rows.deleteByAttemptedAtLessThan(instant);
    }
}
