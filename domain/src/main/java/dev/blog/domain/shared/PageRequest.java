package dev.blog.domain.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * A window on a list: at most {@code limit} items, either after skipping {@code offset} items (an offset
 * page) or right after a {@link Position} (a keyset page, whose {@code offset} is 0 and meaningless).
 * Offsets stop at {@link #MAX_OFFSET}: the database walks every skipped item, so deeper pages go by position.
 */
public record PageRequest(int offset, int limit, Optional<Position> after) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    public static final int MAX_OFFSET = 10_000;

    public PageRequest {
        Objects.requireNonNull(after, "after");
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new InvalidValueException("offset", "must be between 0 and " + MAX_OFFSET
                    + "; to read further, follow each page's nextCursor with the cursor parameter");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (after.isPresent() && offset != 0) {
            throw new InvalidValueException("cursor", "cannot be combined with offset");
        }
    }

    public PageRequest(int offset, int limit) {
        this(offset, limit, Optional.empty());
    }

    public static PageRequest after(Position position, int limit) {
        return new PageRequest(0, limit, Optional.of(position));
    }

    /** How many items to fetch: one more than the limit tells whether a next page exists. */
    public int fetchSize() {
        return limit + 1;
    }

    /** The position of a keyset page, of the kind its list orders by. */
    public <P extends Position> Optional<P> after(Class<P> kind) {
        return after.map(position -> {
            if (!kind.isInstance(position)) {
                throw new IllegalArgumentException("a " + kind.getSimpleName() + " list cannot start at " + position);
            }
            return kind.cast(position);
        });
    }
}
