package dev.blog.adapter.out.persistence.post;

import io.micronaut.core.annotation.Introspected;

/** One tag of one post, as the tags-of-these-posts query projects it. */
@Introspected
record PostTagRow(long postId, long id, String name) {
}
