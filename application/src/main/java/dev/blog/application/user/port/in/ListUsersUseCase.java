package dev.blog.application.user.port.in;

import dev.blog.domain.shared.Page;

public interface ListUsersUseCase {

    /**
     * Newest first; active users only unless an admin asks for deactivated ones.
     *
     * @throws dev.blog.domain.access.AuthenticationRequiredException when an anonymous caller filters by {@code active}
     * @throws dev.blog.domain.access.AccessDeniedException when a caller who is no admin filters by {@code active}
     */
    Page<UserView> list(ListUsersQuery query);
}
