package dev.blog.application.user.service;

import dev.blog.application.shared.Transactions;
import dev.blog.application.user.port.in.ListFollowersQuery;
import dev.blog.application.user.port.in.ListFollowersUseCase;
import dev.blog.application.user.port.in.UserView;
import dev.blog.domain.access.AccessPolicy;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.shared.Page;
import dev.blog.domain.user.FollowedUser;
import dev.blog.domain.user.port.UserFollows;
import dev.blog.domain.user.port.UserRepository;

public final class ListFollowersService implements ListFollowersUseCase {

    private final UserRepository users;
    private final UserFollows follows;
    private final Transactions transactions;

    public ListFollowersService(UserRepository users, UserFollows follows, Transactions transactions) {
        this.users = users;
        this.follows = follows;
        this.transactions = transactions;
    }

    @Override
    public Page<UserView> list(ListFollowersQuery query) {
        return transactions.readOnly(() -> {
            users.findById(query.id()).filter(user -> AccessPolicy.canSee(query.actor(), user))
                    .orElseThrow(() -> new NotFoundException("User", query.id()));
            Page<FollowedUser> page = follows.findFollowers(query.id(), query.actor().isAdmin(), query.page());
            return UserViews.of(follows, page.map(FollowedUser::user), query.actor(),
                    user -> AccessPolicy.seesPrivateFields(query.actor(), user));
        });
    }
}
