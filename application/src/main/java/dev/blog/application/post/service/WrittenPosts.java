package dev.blog.application.post.service;

import dev.blog.domain.access.Actor;
import dev.blog.domain.post.PostDetails;
import dev.blog.domain.post.PostId;
import dev.blog.domain.post.port.PostQueries;

/**
 * Reads back a post a use case has just written, in the same transaction, so that the answer shows the
 * author and the stored tags with their ids exactly as a later read would.
 */
final class WrittenPosts {

    private WrittenPosts() {
    }

    static PostDetails readBack(PostQueries queries, PostId id, Actor writer) {
        return queries.findById(id, writer.userId())
                .orElseThrow(() -> new IllegalStateException("post " + id + " vanished within its own transaction"));
    }
}
