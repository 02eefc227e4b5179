package dev.blog.application.post.port.in;

import dev.blog.domain.post.PostDetails;

public interface GetPostUseCase {

    /** @throws dev.blog.domain.shared.NotFoundException when there is no such post or the caller may not see it */
    PostDetails get(GetPostQuery query);
}
