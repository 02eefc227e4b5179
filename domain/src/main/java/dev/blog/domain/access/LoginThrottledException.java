package dev.blog.domain.access;

import dev.blog.domain.shared.DomainException;

import java.time.Duration;

/** Too many failed logins for one account lately (HTTP: 429); {@link #retryAfter()} says for how long. */
public final class LoginThrottledException extends DomainException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed logins for this account; try again later");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
