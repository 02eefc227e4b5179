package dev.blog.domain.post;

import dev.blog.domain.tag.TagName;
import dev.blog.domain.user.UserId;

import java.util.Optional;

/** Which posts a listing includes; each empty criterion matches every post. */
public record PostFilter(Optional<UserId> authorId, Optional<TagName> tag, Optional<Boolean> published) {

    public PostFilter {
        authorId = authorId == null ? Optional.empty() : authorId;
        tag = tag == null ? Optional.empty() : tag;
        published = published == null ? Optional.empty() : published;
    }

    public static PostFilter all() {
        return new PostFilter(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static PostFilter byAuthor(UserId authorId) {
        return new PostFilter(Optional.of(authorId), Optional.empty(), Optional.empty());
    }

    public static PostFilter byTag(TagName tag) {
        return new PostFilter(Optional.empty(), Optional.of(tag), Optional.empty());
    }
}
