package dev.blog.application.user.port.in;

import dev.blog.domain.user.User;

public interface UpdateUserUseCase {

    /**
     * @throws dev.blog.domain.shared.NotFoundException when there is no such user
     * @throws dev.blog.domain.shared.ConflictException when the new username or e-mail address is taken
     */
    User update(UpdateUserCommand command);
}
