package dev.blog.application.user.port.in;

import dev.blog.domain.shared.Page;

/** Newest follow first; deactivated users only for admins. */
public interface ListFollowingUseCase {

    Page<UserView> list(ListFollowingQuery query);
}
