package dev.blog.domain.post;

import dev.blog.domain.access.Actor;
import dev.blog.domain.tag.TagName;
import dev.blog.domain.user.UserId;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * Which posts a listing includes: those the viewer may see ({@code visibility}) that match every present
 * criterion; each empty criterion matches every post.
 */
public record PostFilter(Optional<UserId> authorId, Optional<TagName> tag, Optional<Boolean> published,
                         Optional<UserId> likedBy, PostVisibility visibility) {

    public PostFilter {
        authorId = authorId == null ? Optional.empty() : authorId;
        tag = tag == null ? Optional.empty() : tag;
        published = published == null ? Optional.empty() : published;
        likedBy = likedBy == null ? Optional.empty() : likedBy;
        Objects.requireNonNull(visibility, "visibility");
    }

    /** Without a viewer's restriction: see {@link PostVisibility#everything()}. */
    public PostFilter(Optional<UserId> authorId, Optional<TagName> tag, Optional<Boolean> published,
                      Optional<UserId> likedBy) {
        this(authorId, tag, published, likedBy, PostVisibility.everything());
    }

    /** The same criteria, narrowed to what {@code actor} may see. */
    public PostFilter seenBy(Actor actor) {
        return new PostFilter(authorId, tag, published, likedBy, PostVisibility.of(actor));
    }

    /** Whether a post with this author, state, tags and likers belongs to the listing. */
    public boolean matches(UserId author, boolean postPublished, Collection<TagName> tags, Collection<UserId> likers) {
        return visibility.includes(author, postPublished)
                && authorId.map(author::equals).orElse(true)
                && tag.map(tags::contains).orElse(true)
                && published.map(wanted -> wanted == postPublished).orElse(true)
                && likedBy.map(likers::contains).orElse(true);
    }

    public static PostFilter all() {
        return new PostFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static PostFilter byAuthor(UserId authorId) {
        return new PostFilter(Optional.of(authorId), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static PostFilter byTag(TagName tag) {
        return new PostFilter(Optional.empty(), Optional.of(tag), Optional.empty(), Optional.empty());
    }

    public static PostFilter likedBy(UserId user) {
        return new PostFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(user));
    }
}
