package dev.blog.application.access.port.in;

import dev.blog.domain.access.Actor;

public interface LogoutUseCase {

    /** Every token of the caller issued so far stops working; a later login works again. */
    void logout(Actor actor);
}
