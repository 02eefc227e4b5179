package dev.blog.application.post.port.in;

import dev.blog.domain.post.PostDetails;

/** A post by its slug; a draft of someone else does not exist for the caller. */
public interface GetPostBySlugUseCase {

    PostDetails get(GetPostBySlugQuery query);
}
