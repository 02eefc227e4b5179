package dev.blog.application.shared;

/**
 * The store behind the ports could not be reached (down, restarting, or no connection free in time).
 * Nothing was written: the transaction it interrupted was rolled back. Worth retrying later.
 */
public final class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(Throwable cause) {
        super("the data store is unavailable", cause);
    }
}
