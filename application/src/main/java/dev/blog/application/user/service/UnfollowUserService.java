package dev.blog.application.user.service;

import dev.blog.application.shared.Transactions;
import dev.blog.application.user.port.in.UnfollowUserCommand;
import dev.blog.application.user.port.in.UnfollowUserUseCase;
import dev.blog.application.user.port.in.UserView;
import dev.blog.domain.access.AccessPolicy;
import dev.blog.domain.access.Actor;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.user.Follow;
import dev.blog.domain.user.User;
import dev.blog.domain.user.port.UserFollows;
import dev.blog.domain.user.port.UserRepository;

public final class UnfollowUserService implements UnfollowUserUseCase {

    private final UserRepository users;
    private final UserFollows follows;
    private final Transactions transactions;

    public UnfollowUserService(UserRepository users, UserFollows follows, Transactions transactions) {
        this.users = users;
        this.follows = follows;
        this.transactions = transactions;
    }

    @Override
    public UserView unfollow(UnfollowUserCommand command) {
        Actor actor = command.actor();
        Follow follow = new Follow(actor.requireUserId(), command.id());
        return transactions.inTransaction(() -> {
            User followee = users.findById(command.id()).filter(user -> AccessPolicy.canSee(actor, user))
                    .orElseThrow(() -> new NotFoundException("User", command.id()));
            follows.unfollow(follow);
            return UserViews.of(follows, followee, actor, AccessPolicy.seesPrivateFields(actor, followee));
        });
    }
}
