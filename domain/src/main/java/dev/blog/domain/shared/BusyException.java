package dev.blog.domain.shared;

/**
 * A bounded resource is full and its queue too: the request is shed rather than queued without limit, and
 * the client should try again shortly (503 with Retry-After). Nothing was changed.
 */
public final class BusyException extends DomainException {

    public BusyException(String message) {
        super(message);
    }
}
