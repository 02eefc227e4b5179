package dev.blog.adapter.out.persistence.comment;

import io.micronaut.core.annotation.Introspected;

/** What the post of a comment decides about it: its author and whether it is published. */
@Introspected
record CommentedPostRow(long authorId, boolean published) {
}
