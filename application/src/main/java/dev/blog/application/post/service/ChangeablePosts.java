package dev.blog.application.post.service;

import dev.blog.domain.access.AccessPolicy;
import dev.blog.domain.access.Actor;
import dev.blog.domain.post.Post;
import dev.blog.domain.post.PostId;
import dev.blog.domain.post.PostVisibility;
import dev.blog.domain.post.port.PostRepository;
import dev.blog.domain.shared.NotFoundException;

/**
 * The one way a use case gets hold of a post to change it: locked for the rest of the transaction, 404 when
 * the caller may not even see it (a draft of someone else is no one's business), 403 when it is not theirs.
 */
final class ChangeablePosts {

    private ChangeablePosts() {
    }

    /**
     * @param what what the caller wants to do, for the 403's message ("change this post")
     * @throws dev.blog.domain.access.AuthenticationRequiredException for an anonymous caller
     */
    static Post lockForChange(PostRepository posts, Actor actor, PostId id, String what) {
        actor.requireUserId();
        Post post = posts.findForUpdate(id)
                .filter(found -> PostVisibility.of(actor).includes(found.authorId(), found.published()))
                .orElseThrow(() -> new NotFoundException("Post", id));
        AccessPolicy.requireOwnerOrAdmin(actor, post.authorId(), what);
        return post;
    }
}
