package dev.blog.application.post.port.in;

import dev.blog.domain.post.LikeState;

/** Likes a post, once however often it is asked: the answer is the post's likes afterwards. */
public interface LikePostUseCase {

    LikeState like(LikePostCommand command);
}
