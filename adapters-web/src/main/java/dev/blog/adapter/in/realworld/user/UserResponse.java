package dev.blog.adapter.in.realworld.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.blog.domain.user.Bio;
import dev.blog.domain.user.ImageUrl;
import dev.blog.domain.user.User;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code {"user": {"email", "token", "username", "bio", "image"}}}; bio and image are null when unset. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record UserResponse(Body user) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Body(String email, String token, String username, @Nullable String bio, @Nullable String image) {

        @Override
        public String toString() {
            return "UserResponse[username=" + username + "]";
        }
    }

    static UserResponse of(User user, String token) {
        Bio bio = user.bio();
        ImageUrl image = user.imageUrl();
        return new UserResponse(new Body(user.email().value(), token, user.username().value(),
                bio == null ? null : bio.value(), image == null ? null : image.value()));
    }
}
