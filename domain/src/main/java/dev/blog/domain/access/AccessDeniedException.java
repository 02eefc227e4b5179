package dev.blog.domain.access;

import dev.blog.domain.shared.DomainException;

/** The caller is known but may not do this (HTTP: 403). The message says what would be allowed. */
public final class AccessDeniedException extends DomainException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
