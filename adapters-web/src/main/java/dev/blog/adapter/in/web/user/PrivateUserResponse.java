package dev.blog.adapter.in.web.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A user as they themself and admins see them: the public fields plus e-mail address, active flag, role and
 * {@code updatedAt}. Never the password or its hash; absent optional fields are {@code null}.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "PrivateUser")
public record PrivateUserResponse(@Schema(example = "1") long id,
                                  @Schema(example = "ada") String username,
                                  @Schema(example = "Ada Lovelace") @Nullable String fullName,
                                  @Schema(example = "First programmer") @Nullable String bio,
                                  @Schema(example = "https://example.com/ada.png") @Nullable String imageUrl,
                                  @Schema(description = "How many users follow this one", example = "12") long followerCount,
                                  @Schema(description = "How many users this one follows", example = "3") long followingCount,
                                  @Schema(description = "Whether the caller follows this user (false for anonymous callers)", example = "false")
                                  boolean followedByMe,
                                  @Schema(format = "date-time", example = "2026-11-20T10:15:30.123Z") String createdAt,
                                  @Schema(example = "ada@example.com") String email,
                                  @Schema(example = "true") boolean active,
                                  @Schema(example = "USER", allowableValues = {"USER", "ADMIN"}) String role,
                                  @Schema(format = "date-time", example = "2026-11-20T10:15:30.123Z") String updatedAt) {
}
