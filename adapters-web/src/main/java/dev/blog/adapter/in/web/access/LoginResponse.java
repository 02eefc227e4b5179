package dev.blog.adapter.in.web.access;

import dev.blog.adapter.in.web.user.PrivateUserResponse;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A new access token, how long it lasts, and the user it belongs to. */
@Serdeable
public record LoginResponse(
        @Schema(description = "A signed JWT to send as `Authorization: Bearer <token>`",
                example = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIiwidGVwIjowfQ.c2lnbmF0dXJl") String accessToken,
        @Schema(example = "Bearer") String tokenType,
        @Schema(description = "Seconds until the token expires", example = "3600") int expiresIn,
        PrivateUserResponse user) {

    /** Never print the token. */
    @Override
    public String toString() {
        return "LoginResponse[user=" + user.id() + "]";
    }
}
