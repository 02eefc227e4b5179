package dev.blog.application.user.service;

import dev.blog.application.shared.Transactions;
import dev.blog.application.user.port.in.GetCurrentUserUseCase;
import dev.blog.application.user.port.in.UserView;
import dev.blog.domain.access.Actor;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.user.UserId;
import dev.blog.domain.user.port.UserFollows;
import dev.blog.domain.user.port.UserRepository;

public final class GetCurrentUserService implements GetCurrentUserUseCase {

    private final UserRepository users;
    private final UserFollows follows;
    private final Transactions transactions;

    public GetCurrentUserService(UserRepository users, UserFollows follows, Transactions transactions) {
        this.users = users;
        this.follows = follows;
        this.transactions = transactions;
    }

    @Override
    public UserView get(Actor actor) {
        UserId id = actor.requireUserId();
        return transactions.readOnly(() -> users.findById(id).map(user -> UserViews.of(follows, user, actor, true)))
                .orElseThrow(() -> new NotFoundException("User", id));
    }
}
