package dev.blog.application.comment.service;

import dev.blog.domain.access.Actor;
import dev.blog.domain.comment.CommentId;
import dev.blog.domain.comment.CommentOnPost;
import dev.blog.domain.comment.port.CommentRepository;
import dev.blog.domain.post.PostVisibility;
import dev.blog.domain.shared.NotFoundException;

/**
 * The one way a use case gets hold of a comment to change or delete it: locked for the rest of the
 * transaction, and 404 when the caller may not see its post (a draft's conversation is no one else's
 * business). Who may do what to it is the use case's question.
 */
final class ChangeableComments {

    private ChangeableComments() {
    }

    /** @throws dev.blog.domain.access.AuthenticationRequiredException for an anonymous caller */
    static CommentOnPost lockForChange(CommentRepository comments, Actor actor, CommentId id) {
        actor.requireUserId();
        return comments.findForUpdate(id)
                .filter(found -> found.post().visibleTo(PostVisibility.of(actor)))
                .orElseThrow(() -> new NotFoundException("Comment", id));
    }
}
