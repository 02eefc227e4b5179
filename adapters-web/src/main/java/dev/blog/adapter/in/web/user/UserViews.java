package dev.blog.adapter.in.web.user;

import dev.blog.domain.user.User;
import jakarta.inject.Singleton;

/** The user representations, for the other resources that show a user (login answers the private view). */
@Singleton
public final class UserViews {

    private final UserWebMapper mapper;

    UserViews(UserWebMapper mapper) {
        this.mapper = mapper;
    }

    public PrivateUserResponse toPrivateResponse(User user) {
        return mapper.toPrivateResponse(user);
    }
}
