package dev.blog.application.user.port.in;

import dev.blog.domain.access.Actor;
import dev.blog.domain.user.UserId;

public interface GetUserUseCase {

    /** @throws dev.blog.domain.shared.NotFoundException when there is no such user or the caller may not see them */
    UserView get(Actor actor, UserId id);
}
