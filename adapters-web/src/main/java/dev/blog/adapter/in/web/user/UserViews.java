package dev.blog.adapter.in.web.user;

import dev.blog.application.user.port.in.UserView;
import jakarta.inject.Singleton;

/** The user representations, for the other resources that show a user (login answers the private view). */
@Singleton
public final class UserViews {

    private final UserWebMapper mapper;

    UserViews(UserWebMapper mapper) {
        this.mapper = mapper;
    }

    public PrivateUserResponse toPrivateResponse(UserView user) {
        return mapper.toPrivateResponse(user);
    }
}
