package dev.blog.application.user.port.in;

import dev.blog.domain.user.UserId;

public interface DeleteUserUseCase {

    /**
     * Deletes the user together with their posts and those posts' tag links; tags stay.
     *
     * @throws dev.blog.domain.shared.NotFoundException when there is no such user
     */
    void delete(UserId id);
}
