package dev.blog.adapter.out.persistence.post;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** A post joined with its author, as the read queries project it, waiting for its tags. */
@Introspected
record PostDetailsRow(long id,
                      String slug,
                      String title,
                      String content,
                      @Nullable String summary,
                      boolean published,
                      long viewCount,
                      long likeCount,
                      boolean likedByMe,
                      long commentCount,
                      Instant createdAt,
                      Instant updatedAt,
                      long version,
                      long authorId,
                      String authorUsername,
                      @Nullable String authorFullName,
                      @Nullable String authorImageUrl,
                      @Nullable String authorBio) {
}
