package dev.blog.domain.post;

import dev.blog.domain.tag.Tag;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A post as lists show it: without its content, which may be 100,000 characters, but with a summary: the
 * author's, or else an {@link Excerpt} of the content.
 *
 * @param likedByMe whether the user who asked likes it (false for an anonymous caller)
 * @param commentCount the comments on it
 * @param tags sorted by name
 */
public record PostListItem(PostId id, Slug slug, Title title, String summary, boolean published, long viewCount,
                           long likeCount, boolean likedByMe, long commentCount, AuthorSummary author, List<Tag> tags, Instant createdAt, Instant updatedAt) {

    public PostListItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        tags = Objects.requireNonNull(tags, "tags").stream().sorted(Comparator.comparing(Tag::name)).toList();
    }

    /**
     * @param authorSummary the author's summary, or null
     * @param contentStart  the content, or at least its first {@link Excerpt#CONTENT_NEEDED} characters
     */
    public static String summaryOf(Summary authorSummary, String contentStart) {
        return authorSummary != null ? authorSummary.value() : Excerpt.of(contentStart);
    }
}
