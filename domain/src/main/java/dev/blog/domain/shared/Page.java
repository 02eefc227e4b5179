package dev.blog.domain.shared;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One window of a list, how many items the list has, and where the next window starts.
 *
 * @param offset     the items before this page, or empty on a keyset page (where it is unknown)
 * @param total      exact up to {@link #COUNT_CAP}; beyond it {@code COUNT_CAP} with {@code totalExact} false,
 *                   so that counting costs the same however large the list grows
 * @param next       the position of this page's last item when more items follow, else empty
 */
public record Page<T>(List<T> items, Optional<Integer> offset, int limit, long total, boolean totalExact,
                      Optional<Position> next) {

    public static final int COUNT_CAP = 10_000;
    /** What a store counts up to: one more than the cap tells whether the cap was passed. */
    public static final int COUNT_LIMIT = COUNT_CAP + 1;

    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(next, "next");
    }

    /**
     * @param fetched     up to {@link PageRequest#fetchSize()} items: one beyond the limit means a next page
     * @param counted     the matching items, counted up to {@link #COUNT_LIMIT}
     * @param positionOf  where an item stands in the list's order
     */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, long counted,
                                 Function<? super T, ? extends Position> positionOf) {
        boolean more = fetched.size() > request.limit();
        List<T> items = more ? fetched.subList(0, request.limit()) : fetched;
        Optional<Position> next = more ? Optional.of(positionOf.apply(items.get(items.size() - 1))) : Optional.empty();
        Optional<Integer> offset = request.after().isPresent() ? Optional.empty() : Optional.of(request.offset());
        return new Page<>(items, offset, request.limit(), Math.min(counted, COUNT_CAP), counted <= COUNT_CAP, next);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), offset, limit, total, totalExact, next);
    }
}
