package dev.blog.adapter.out.persistence;

import dev.blog.domain.post.AuthorSummary;
import dev.blog.domain.user.Bio;
import dev.blog.domain.user.FullName;
import dev.blog.domain.user.ImageUrl;
import dev.blog.domain.user.UserId;
import dev.blog.domain.user.Username;

/**
 * The author columns every read of posts and comments selects ({@code author_id}, {@code author_username},
 * {@code author_full_name}, {@code author_image_url}, {@code author_bio}) as the author they describe.
 */
public final class AuthorColumns {

    private AuthorColumns() {
    }

    public static AuthorSummary toAuthor(long id, String username, String fullName, String imageUrl, String bio) {
        return new AuthorSummary(new UserId(id), new Username(username),
                fullName == null ? null : new FullName(fullName),
                imageUrl == null ? null : new ImageUrl(imageUrl),
                bio == null ? null : new Bio(bio));
    }
}
