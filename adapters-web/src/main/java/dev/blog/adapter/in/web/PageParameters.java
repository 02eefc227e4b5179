package dev.blog.adapter.in.web;

import dev.blog.domain.shared.PageRequest;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The query parameters of every paged list, bound and checked in one place ({@code @RequestBean @Valid}):
 * which window, by {@code offset} or by {@code cursor}, and how many items. {@link Cursors.Scope#pageRequest}
 * turns them into the domain's page request.
 */
@Introspected
public record PageParameters(
        @Parameter(description = Pages.OFFSET_PARAMETER, example = "0",
                schema = @Schema(type = "integer", defaultValue = "0", minimum = "0", maximum = "10000"))
        @QueryValue @Nullable @Min(0) @Max(value = PageRequest.MAX_OFFSET, message = Pages.OFFSET_MESSAGE)
        Integer offset,
        @Parameter(description = Pages.LIMIT_PARAMETER, example = "20")
        @QueryValue(defaultValue = "" + PageRequest.DEFAULT_LIMIT) @Min(1) @Max(PageRequest.MAX_LIMIT)
        int limit,
        @Parameter(description = Pages.CURSOR_PARAMETER, example = Pages.CURSOR_EXAMPLE)
        @QueryValue @Nullable String cursor) {
}
