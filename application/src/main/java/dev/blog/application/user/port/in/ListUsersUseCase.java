package dev.blog.application.user.port.in;

import dev.blog.domain.shared.Page;
import dev.blog.domain.user.User;

public interface ListUsersUseCase {

    /** Newest first. */
    Page<User> list(ListUsersQuery query);
}
