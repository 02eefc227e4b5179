package dev.blog.adapter.in.common.access;

import dev.blog.domain.access.Actor;
import dev.blog.domain.user.Role;
import dev.blog.domain.user.UserId;
import io.micronaut.security.authentication.Authentication;

/** The caller value of the core, from what Micronaut Security established about the request. */
final class Callers {

    static final String USER = Role.USER.name();
    static final String ADMIN = Role.ADMIN.name();

    private Callers() {
    }

    static Actor toActor(Authentication authentication) {
        Role role = authentication.getRoles().contains(ADMIN) ? Role.ADMIN : Role.USER;
        return Actor.user(new UserId(Long.parseLong(authentication.getName())), role);
    }
}
