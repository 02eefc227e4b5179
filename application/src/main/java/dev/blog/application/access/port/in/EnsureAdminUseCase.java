package dev.blog.application.access.port.in;

import dev.blog.domain.user.User;

public interface EnsureAdminUseCase {

    /**
     * Creates the user as an admin if there is no user with that username, or makes the existing one an
     * admin (and active); an existing user's password and e-mail address are left alone.
     */
    User ensureAdmin(EnsureAdminCommand command);
}
