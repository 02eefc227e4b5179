package dev.blog.domain.access;

import dev.blog.domain.shared.DomainException;

/**
 * A login failed. One and the same failure for an unknown login, a wrong password and a deactivated
 * account, so that a caller cannot learn which accounts exist.
 */
public final class InvalidCredentialsException extends DomainException {

    public InvalidCredentialsException() {
        super("The login or the password is wrong, or the account is deactivated");
    }
}
