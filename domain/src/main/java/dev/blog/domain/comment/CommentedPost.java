package dev.blog.domain.comment;

import dev.blog.domain.post.PostVisibility;
import dev.blog.domain.user.UserId;

import java.util.Objects;

/**
 * What the post a comment is on decides about the comment: whether a caller may see it at all (a draft's
 * comments are as hidden as the draft), and who besides its author may delete it (the post's author).
 */
public record CommentedPost(UserId authorId, boolean published) {

    public CommentedPost {
        Objects.requireNonNull(authorId, "authorId");
    }

    public boolean visibleTo(PostVisibility visibility) {
        return visibility.includes(authorId, published);
    }
}
