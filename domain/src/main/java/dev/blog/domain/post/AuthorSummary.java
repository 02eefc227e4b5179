package dev.blog.domain.post;

import dev.blog.domain.user.Bio;
import dev.blog.domain.user.FullName;
import dev.blog.domain.user.ImageUrl;
import dev.blog.domain.user.User;
import dev.blog.domain.user.UserId;
import dev.blog.domain.user.Username;

import java.util.Objects;

/**
 * As much of a user as a post shows of its author.
 *
 * @param fullName {@code null} when the author has none
 * @param imageUrl {@code null} when the author has none
 * @param bio      {@code null} when the author has none (the blog API does not show it; RealWorld profiles do)
 */
public record AuthorSummary(UserId id, Username username, FullName fullName, ImageUrl imageUrl, Bio bio) {

    public AuthorSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
    }

    /** As much of a stored user as a post or comment shows of its author. */
    public static AuthorSummary of(User author) {
        return new AuthorSummary(author.requireId(), author.username(), author.fullName(), author.imageUrl(),
                author.bio());
    }
}
