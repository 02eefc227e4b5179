package dev.blog.domain.access;

import dev.blog.domain.shared.DomainException;

/** The operation needs a known caller and the caller is anonymous (HTTP: 401). */
public final class AuthenticationRequiredException extends DomainException {

    public AuthenticationRequiredException() {
        super("This operation needs a valid access token");
    }
}
