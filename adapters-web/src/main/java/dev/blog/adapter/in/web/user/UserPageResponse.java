package dev.blog.adapter.in.web.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.blog.adapter.in.web.Cursors;
import dev.blog.adapter.in.web.Pages;
import dev.blog.application.user.port.in.UserView;
import io.micronaut.core.annotation.Nullable;
import dev.blog.domain.shared.Page;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * A page of users: each in the public view, or for an admin in the private one, so the items are typed by
 * what each one is when written.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "UserPage")
public record UserPageResponse(
        @ArraySchema(arraySchema = @Schema(description = """
                The users of this page, at most `limit`: the public view (PublicUser), or for admins the \
                private one shown here"""), schema = @Schema(implementation = PrivateUserResponse.class))
        List<Object> items,
        @Schema(description = Pages.OFFSET_DESCRIPTION, example = "0", nullable = true) @Nullable Integer offset,
        @Schema(description = "The most items a page holds", example = "20") int limit,
        @Schema(description = Pages.TOTAL_DESCRIPTION, example = "57") long total,
        @Schema(description = Pages.TOTAL_EXACT_DESCRIPTION, example = "true") boolean totalExact,
        @Schema(description = Pages.NEXT_CURSOR_DESCRIPTION, example = Pages.CURSOR_EXAMPLE, nullable = true)
        @Nullable String nextCursor) {

    static UserPageResponse of(Page<UserView> page, Function<UserView, Object> toItem, Cursors.Scope cursors) {
        return new UserPageResponse(page.items().stream().map(toItem).toList(), page.offset().orElse(null),
                page.limit(), page.total(), page.totalExact(), cursors.encode(page.next()));
    }
}
