package dev.blog.application.post.port.in;

import dev.blog.domain.post.PostId;

public interface RecordViewUseCase {

    /**
     * Counts one view; concurrent calls lose no increment.
     *
     * @return the view count including this view
     * @throws dev.blog.domain.shared.NotFoundException when there is no such post
     */
    long recordView(PostId id);
}
