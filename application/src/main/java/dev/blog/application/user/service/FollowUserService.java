package dev.blog.application.user.service;

import dev.blog.application.shared.Transactions;
import dev.blog.application.user.port.in.FollowUserCommand;
import dev.blog.application.user.port.in.FollowUserUseCase;
import dev.blog.application.user.port.in.UserView;
import dev.blog.domain.access.AccessPolicy;
import dev.blog.domain.access.Actor;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.user.Follow;
import dev.blog.domain.user.User;
import dev.blog.domain.user.port.UserFollows;
import dev.blog.domain.user.port.UserRepository;

import java.time.Clock;

public final class FollowUserService implements FollowUserUseCase {

    private final UserRepository users;
    private final UserFollows follows;
    private final Transactions transactions;
    private final Clock clock;

    public FollowUserService(UserRepository users, UserFollows follows, Transactions transactions, Clock clock) {
        this.users = users;
        this.follows = follows;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public UserView follow(FollowUserCommand command) {
        Actor actor = command.actor();
        Follow follow = new Follow(actor.requireUserId(), command.id());
        return transactions.inTransaction(() -> {
            User followee = users.findById(command.id()).filter(user -> AccessPolicy.canSee(actor, user))
                    .orElseThrow(() -> new NotFoundException("User", command.id()));
            follows.follow(follow, clock.instant());
            return UserViews.of(follows, followee, actor, AccessPolicy.seesPrivateFields(actor, followee));
        });
    }
}
