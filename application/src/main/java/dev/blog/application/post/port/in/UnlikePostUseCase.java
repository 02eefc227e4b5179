package dev.blog.application.post.port.in;

import dev.blog.domain.post.LikeState;

/** Takes back a like; taking back a like that is not there changes nothing. */
public interface UnlikePostUseCase {

    LikeState unlike(UnlikePostCommand command);
}
