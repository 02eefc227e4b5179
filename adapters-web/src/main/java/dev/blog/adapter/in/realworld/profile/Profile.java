package dev.blog.adapter.in.realworld.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.blog.application.user.port.in.UserView;
import dev.blog.domain.post.AuthorSummary;
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

    /**
     * The author of a post or comment as the core reads it with a page, with whether the caller follows them
     * asked separately, once for the page.
     */
    public static Profile of(AuthorSummary author, boolean following) {
        return new Profile(author.username().value(), author.bio() == null ? null : author.bio().value(),
                author.imageUrl() == null ? null : author.imageUrl().value(), following);
    }
}
