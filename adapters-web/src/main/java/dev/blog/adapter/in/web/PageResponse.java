package dev.blog.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.blog.domain.shared.Page;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: the {@code items}, how many the whole list has, and the cursor of the next page.
 * Nulls are written ({@code offset} on a cursor page, {@code nextCursor} on the last page): the contract shows them.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PageResponse<T>(@Schema(description = "The items of this page, at most `limit` of them") List<T> items,
                              @Schema(description = Pages.OFFSET_DESCRIPTION, example = "0", nullable = true)
                              @Nullable Integer offset,
                              @Schema(description = "The most items a page holds", example = "20") int limit,
                              @Schema(description = Pages.TOTAL_DESCRIPTION, example = "57") long total,
                              @Schema(description = Pages.TOTAL_EXACT_DESCRIPTION, example = "true") boolean totalExact,
                              @Schema(description = Pages.NEXT_CURSOR_DESCRIPTION, example = Pages.CURSOR_EXAMPLE,
                                      nullable = true)
                              @Nullable String nextCursor) {

    public static <S, T> PageResponse<T> of(Page<S> page, Function<? super S, ? extends T> toItem,
                                            Cursors.Scope cursors) {
        return new PageResponse<>(page.items().stream().<T>map(toItem).toList(), page.offset().orElse(null),
                page.limit(), page.total(), page.totalExact(), cursors.encode(page.next()));
    }
}
