package dev.blog.adapter.out.persistence.post;

import io.micronaut.core.annotation.Introspected;

/** A post's like count and whether one user likes it, as the likes queries project them. */
@Introspected
record LikeStateRow(long likeCount, boolean likedByMe) {
}
