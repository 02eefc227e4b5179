package dev.blog.testsupport;

import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.shared.Position;

import java.time.Instant;

/** The keyset rule of the newest-first lists, as the database applies it: {@code (createdAt, id) < position}. */
public final class Keysets {

    private Keysets() {
    }

    /** Whether an item with this key belongs on the page: always on an offset page, else after its position. */
    public static boolean comesAfter(PageRequest page, Instant createdAt, long id) {
        return page.after(Position.AfterTime.class)
                .map(after -> createdAt.isBefore(after.createdAt())
                        || createdAt.equals(after.createdAt()) && id < after.id())
                .orElse(true);
    }
}
