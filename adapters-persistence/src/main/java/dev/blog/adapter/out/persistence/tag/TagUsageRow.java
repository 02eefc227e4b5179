package dev.blog.adapter.out.persistence.tag;

import io.micronaut.core.annotation.Introspected;

/** A tag with the number of posts carrying it, as the usage query projects it. */
@Introspected
record TagUsageRow(long id, String name, long postCount) {
}
