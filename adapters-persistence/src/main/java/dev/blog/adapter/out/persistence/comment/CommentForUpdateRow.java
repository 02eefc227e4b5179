package dev.blog.adapter.out.persistence.comment;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/** A comment row locked for a change, with what its post decides about it. */
@Introspected
record CommentForUpdateRow(long id,
                           long postId,
                           long authorId,
                           String body,
                           Instant createdAt,
                           Instant updatedAt,
                           long version,
                           long postAuthorId,
                           boolean postPublished) {
}
