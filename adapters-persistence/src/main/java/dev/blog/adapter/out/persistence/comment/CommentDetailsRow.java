package dev.blog.adapter.out.persistence.comment;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** A comment joined with its author, as the read queries project it. */
@Introspected
record CommentDetailsRow(long id,
                         long postId,
                         String body,
                         Instant createdAt,
                         Instant updatedAt,
                         long version,
                         long authorId,
                         String authorUsername,
                         @Nullable String authorFullName,
                         @Nullable String authorImageUrl,
                         @Nullable String authorBio) {
}
