package dev.blog.domain.shared;

import java.util.Optional;

/**
 * A change was made on a version that is no longer current (optimistic concurrency): someone else changed
 * the thing in between. {@link #currentVersion()} is what the client should read again.
 */
public final class VersionMismatchException extends DomainException {

    private final long currentVersion;

    public VersionMismatchException(long currentVersion) {
        super("It has changed since the version the request names; the current version is " + currentVersion);
        this.currentVersion = currentVersion;
    }

    /** @throws VersionMismatchException when {@code expected} is present and not {@code current} */
    public static void check(Optional<Long> expected, long current) {
        if (expected.isPresent() && expected.get() != current) {
            throw new VersionMismatchException(current);
        }
    }

    public long currentVersion() {
        return currentVersion;
    }
}
