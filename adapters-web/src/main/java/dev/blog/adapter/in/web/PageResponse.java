package dev.blog.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.blog.domain.shared.Page;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: the {@code items} from {@code offset}, at most {@code limit} of them, and the
 * {@code total} number of items in the whole list.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PageResponse<T>(@Schema(description = "The items of this page, at most `limit` of them") List<T> items,
                              @Schema(description = "How many items of the list come before this page", example = "0")
                              int offset,
                              @Schema(description = "The most items a page holds", example = "20") int limit,
                              @Schema(description = "How many items the whole list has", example = "57") long total) {

    public static <S, T> PageResponse<T> of(Page<S> page, Function<? super S, ? extends T> toItem) {
        return new PageResponse<>(page.items().stream().<T>map(toItem).toList(), page.offset(), page.limit(),
                page.total());
    }
}
