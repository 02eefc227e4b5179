package dev.blog.adapter.in.realworld.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.blog.application.user.port.in.UserView;
import dev.blog.domain.user.User;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A user as the RealWorld API shows anyone: {@code username, bio, image, following}; bio and image may be null. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Profile(String username, @Nullable String bio, @Nullable String image, boolean following) {

    public static Profile of(UserView view) {
        User user = view.user();
        return new Profile(user.username().value(), user.bio() == null ? null : user.bio().value(),
                user.imageUrl() == null ? null : user.imageUrl().value(), view.follows().followedByMe());
    }
}
