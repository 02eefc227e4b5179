package dev.blog.domain.shared;

/** Base of every rule the domain refuses to break; adapters translate these into their own protocol. */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }
}
