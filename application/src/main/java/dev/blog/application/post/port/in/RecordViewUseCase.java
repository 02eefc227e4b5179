package dev.blog.application.post.port.in;


public interface RecordViewUseCase {

    /**
     * Counts one view; concurrent calls lose no increment.
     *
     * @return the view count including this view
     * @throws dev.blog.domain.shared.NotFoundException when there is no such post or the caller may not see it
     */
    long recordView(RecordViewCommand command);
}
