package dev.blog.domain.shared;

/** A window on a list: skip {@code offset} items, return at most {@code limit}. */
public record PageRequest(int offset, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (offset < 0) {
            throw new InvalidValueException("offset", "must be greater than or equal to 0");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit", "must be between 1 and " + MAX_LIMIT);
        }
    }
}
