package dev.blog.application.user.port.in;

public interface RegisterUserUseCase {

    /**
     * Registers a new, active user with the role {@code USER}; the new user sees their private fields.
     *
     * @throws dev.blog.domain.shared.ConflictException when the username or e-mail address is taken
     */
    UserView register(RegisterUserCommand command);
}
