package dev.blog.application.access.service;

import dev.blog.application.access.port.in.LogoutUseCase;
import dev.blog.application.shared.Transactions;
import dev.blog.domain.access.Actor;
import dev.blog.domain.user.User;
import dev.blog.domain.user.UserId;
import dev.blog.domain.user.port.UserRepository;

public final class LogoutService implements LogoutUseCase {

    private final UserRepository users;
    private final Transactions transactions;

    public LogoutService(UserRepository users, Transactions transactions) {
        this.users = users;
        this.transactions = transactions;
    }

    @Override
    public void logout(Actor actor) {
        UserId id = actor.requireUserId();
        transactions.inTransaction(() -> users.findByIdForUpdate(id).map(User::revokeTokens).map(users::update));
    }
}
