package dev.blog.application.user.port.in;

import dev.blog.domain.user.User;
import dev.blog.domain.user.UserId;

public interface GetUserUseCase {

    /** @throws dev.blog.domain.shared.NotFoundException when there is no such user */
    User get(UserId id);
}
