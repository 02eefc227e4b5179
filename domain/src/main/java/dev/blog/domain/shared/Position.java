package dev.blog.domain.shared;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a keyset page starts: just after this item in the list's order. A keyset page costs the same at
 * any depth, where an offset page walks every item before it.
 */
public sealed interface Position {

    /** A list ordered newest first: {@code createdAt} descending, then id descending. */
    record AfterTime(Instant createdAt, long id) implements Position {
        public AfterTime {
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }

    /** A list ordered oldest first: {@code createdAt} ascending, then id ascending (a post's comments). */
    record AfterTimeOldestFirst(Instant createdAt, long id) implements Position {
        public AfterTimeOldestFirst {
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }

    /** A list ordered by a unique name, ascending. */
    record AfterName(String name) implements Position {
        public AfterName {
            Objects.requireNonNull(name, "name");
        }
    }
}
