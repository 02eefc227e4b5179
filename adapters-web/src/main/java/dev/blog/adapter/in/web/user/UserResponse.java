package dev.blog.adapter.in.web.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;


/** A user as clients see it: never the password or its hash; absent optional fields are {@code null}. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record UserResponse(long id,
                           String username,
                           String email,
                           @Nullable String fullName,
                           @Nullable String bio,
                           boolean active,
                           @Schema(format = "date-time", example = "2026-11-20T10:15:30.123Z") String createdAt,
                           @Schema(format = "date-time", example = "2026-11-20T10:15:30.123Z") String updatedAt) {
}
