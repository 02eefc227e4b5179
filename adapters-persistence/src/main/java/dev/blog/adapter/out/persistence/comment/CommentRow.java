package dev.blog.adapter.out.persistence.comment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One row of {@code comments}, as stored. */
@MappedEntity("comments")
record CommentRow(@Id @GeneratedValue @Nullable Long id,
                  long postId,
                  long authorId,
                  String body,
                  Instant createdAt,
                  Instant updatedAt,
                  long version) {
}
