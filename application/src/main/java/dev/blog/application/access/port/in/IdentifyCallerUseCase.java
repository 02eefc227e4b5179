package dev.blog.application.access.port.in;

import dev.blog.domain.access.Actor;
import dev.blog.domain.user.UserId;

import java.util.Optional;

public interface IdentifyCallerUseCase {

    /**
     * The caller a validly signed, unexpired token stands for, with the role the user has now; empty when
     * the token was revoked since (logout, new password, deactivation) or the user is gone. One lookup
     * by primary key.
     */
    Optional<Actor> identify(UserId userId, long tokenEpoch);
}
