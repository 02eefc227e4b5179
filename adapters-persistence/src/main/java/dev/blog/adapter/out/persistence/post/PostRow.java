package dev.blog.adapter.out.persistence.post;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One row of {@code posts}, as stored; its tag links live in {@code post_tags}. */
@MappedEntity("posts")
record PostRow(@Id @GeneratedValue @Nullable Long id,
               long authorId,
               String title,
               String content,
               @Nullable String summary,
               boolean published,
               long viewCount,
               Instant createdAt,
               Instant updatedAt,
               long version) {
}
