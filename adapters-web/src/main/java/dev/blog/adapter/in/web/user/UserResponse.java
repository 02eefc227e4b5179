package dev.blog.adapter.in.web.user;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.blog.adapter.in.web.Timestamps;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A user as clients see it: never the password or its hash; absent optional fields are {@code null}. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record UserResponse(long id,
                           String username,
                           String email,
                           @Nullable String fullName,
                           @Nullable String bio,
                           boolean active,
                           @JsonFormat(pattern = Timestamps.PATTERN, timezone = Timestamps.ZONE) Instant createdAt,
                           @JsonFormat(pattern = Timestamps.PATTERN, timezone = Timestamps.ZONE) Instant updatedAt) {
}
