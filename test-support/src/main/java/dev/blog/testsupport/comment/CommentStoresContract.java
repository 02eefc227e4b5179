package dev.blog.testsupport.comment;

import dev.blog.domain.access.Actor;
import dev.blog.domain.comment.Comment;
import dev.blog.domain.comment.CommentBody;
import dev.blog.domain.post.Post;
import dev.blog.domain.post.PostVisibility;
import dev.blog.domain.user.Role;
import dev.blog.domain.user.User;
import dev.blog.testsupport.StoresContract;

import java.time.Instant;

/** What the contracts of the comment ports share: comments need posts and authors. */
public abstract class CommentStoresContract extends StoresContract {

    protected static PostVisibility visibilityOf(User user) {
        return PostVisibility.of(Actor.user(user.requireId(), Role.USER));
    }

    /** A comment by {@code author}, who may see the post. */
    protected Comment comment(Post post, User author, String body, Instant at) {
        return inTransaction(() -> comments().create(
                Comment.create(post.requireId(), author.requireId(), new CommentBody(body), at), visibilityOf(author)))
                .orElseThrow();
    }
}
