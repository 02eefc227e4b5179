package dev.blog.application.post.port.in;


public interface DeletePostUseCase {

    /**
     * Deletes the post and its tag links; the tags stay.
     *
     * @throws dev.blog.domain.shared.NotFoundException when there is no such post or the caller may not see it
     * @throws dev.blog.domain.access.AccessDeniedException when the caller is neither its author nor an admin
     */
    void delete(DeletePostCommand command);
}
