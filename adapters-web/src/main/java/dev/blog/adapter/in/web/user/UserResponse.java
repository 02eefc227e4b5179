package dev.blog.adapter.in.web.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;


/** A user as clients see it: never the password or its hash; absent optional fields are {@code null}. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record UserResponse(@Schema(example = "1") long id,
                           @Schema(example = "ada") String username,
                           @Schema(example = "ada@example.com") String email,
                           @Schema(description = "null when none was given", example = "Ada Lovelace")
                           @Nullable String fullName,
                           @Schema(description = "null when none was given", example = "First programmer")
                           @Nullable String bio,
                           @Schema(description = "false once the account is deactivated", example = "true")
                           boolean active,
                           @Schema(format = "date-time", example = "2026-11-20T10:15:30.123Z") String createdAt,
                           @Schema(format = "date-time", example = "2026-11-20T10:15:30.123Z") String updatedAt) {
}
