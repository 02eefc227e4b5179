package dev.blog.adapter.in.web;

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
public record PageResponse<T>(List<T> items, int offset, int limit, long total) {

    public static <S, T> PageResponse<T> of(Page<S> page, Function<? super S, ? extends T> toItem) {
        return new PageResponse<>(page.items().stream().<T>map(toItem).toList(), page.offset(), page.limit(),
                page.total());
    }
}
