package dev.blog.adapter.out.persistence.post;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * A post as lists read it, joined with its author: with the author's summary, or else only the start of
 * the content that an excerpt needs, never the whole content.
 *
 * @param contentStart null when there is a summary
 */
@Introspected
record PostListRow(long id,
                   String slug,
                   String title,
                   @Nullable String summary,
                   @Nullable String contentStart,
                   boolean published,
                   long viewCount,
                   long likeCount,
                   boolean likedByMe,
                   long commentCount,
                   Instant createdAt,
                   Instant updatedAt,
                   long authorId,
                   String authorUsername,
                   @Nullable String authorFullName,
                   @Nullable String authorImageUrl,
                   @Nullable String authorBio) {
}
