package dev.blog.application.user.service;

import dev.blog.application.shared.Transactions;
import dev.blog.application.user.port.in.GetUserUseCase;
import dev.blog.application.user.port.in.UserView;
import dev.blog.domain.access.AccessPolicy;
import dev.blog.domain.access.Actor;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.user.User;
import dev.blog.domain.user.UserId;
import dev.blog.domain.user.port.UserFollows;
import dev.blog.domain.user.port.UserRepository;

public final class GetUserService implements GetUserUseCase {

    private final UserRepository users;
    private final UserFollows follows;
    private final Transactions transactions;

    public GetUserService(UserRepository users, UserFollows follows, Transactions transactions) {
        this.users = users;
        this.follows = follows;
        this.transactions = transactions;
    }

    @Override
    public UserView get(Actor actor, UserId id) {
        return transactions.readOnly(() -> users.findById(id)
                .filter(found -> AccessPolicy.canSee(actor, found))
                .map(user -> UserViews.of(follows, user, actor, AccessPolicy.seesPrivateFields(actor, user))))
                .orElseThrow(() -> new NotFoundException("User", id));
    }
}
