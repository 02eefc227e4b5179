package dev.blog.application.user.port.in;

import dev.blog.domain.access.Actor;

public interface GetCurrentUserUseCase {

    /** The caller themself, with their private fields. */
    UserView get(Actor actor);
}
