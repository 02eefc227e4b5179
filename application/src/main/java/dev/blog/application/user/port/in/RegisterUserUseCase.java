package dev.blog.application.user.port.in;

import dev.blog.domain.user.User;

public interface RegisterUserUseCase {

    /** @throws dev.blog.domain.shared.ConflictException when the username or e-mail address is taken */
    User register(RegisterUserCommand command);
}
