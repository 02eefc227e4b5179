package dev.blog.application.user.port.in;

public interface DeleteUserUseCase {

    /**
     * Deletes the user together with their posts and those posts' tag links; tags stay. Every token of the
     * user stops working with them.
     *
     * @throws dev.blog.domain.shared.NotFoundException when there is no such user or the caller may not see them
     * @throws dev.blog.domain.access.AccessDeniedException when the caller is neither the user nor an admin
     */
    void delete(DeleteUserCommand command);
}
