package dev.blog.domain.post;

import dev.blog.domain.tag.Tag;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A post as readers see it: with its author and its stored tags. The read side of posts, built by
 * {@link dev.blog.domain.post.port.PostQueries}, never written back.
 *
 * @param summary the author's summary, or {@code null}
 * @param likedByMe whether the user who asked likes it (false for an anonymous caller)
 * @param commentCount the comments on it
 * @param tags    sorted by name
 * @param version the post's version, its ETag
 */
public record PostDetails(PostId id, Slug slug, Title title, Content content, Summary summary, boolean published,
                          long viewCount, long likeCount, boolean likedByMe, long commentCount,
                          AuthorSummary author, List<Tag> tags, Instant createdAt, Instant updatedAt,
                          long version) {

    public PostDetails {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        tags = Objects.requireNonNull(tags, "tags").stream().sorted(Comparator.comparing(Tag::name)).toList();
    }
}
