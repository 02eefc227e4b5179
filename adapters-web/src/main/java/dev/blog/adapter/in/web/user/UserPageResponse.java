package dev.blog.adapter.in.web.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.blog.application.user.port.in.UserView;
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
        @Schema(description = "How many items of the list come before this page", example = "0") int offset,
        @Schema(description = "The most items a page holds", example = "20") int limit,
        @Schema(description = "How many items the whole list has", example = "57") long total) {

    static UserPageResponse of(Page<UserView> page, Function<UserView, Object> toItem) {
        return new UserPageResponse(page.items().stream().map(toItem).toList(), page.offset(), page.limit(),
                page.total());
    }
}
