package dev.blog.application.user.port.in;

public interface UpdateUserUseCase {

    /**
     * @throws dev.blog.domain.shared.NotFoundException when there is no such user or the caller may not see them
     * @throws dev.blog.domain.access.AccessDeniedException when the caller is neither the user nor an admin, a
     *         non-admin changes {@code role} or {@code active}, or the current password is wrong
     * @throws dev.blog.domain.shared.InvalidValueException when one's own password or e-mail address changes
     *         without the current password
     * @throws dev.blog.domain.shared.ConflictException when the new username or e-mail address is taken
     */
    UserView update(UpdateUserCommand command);
}
