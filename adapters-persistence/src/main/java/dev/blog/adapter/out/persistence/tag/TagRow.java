package dev.blog.adapter.out.persistence.tag;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One row of {@code tags}, as stored. */
@MappedEntity("tags")
record TagRow(@Id long id, String name) {
}
