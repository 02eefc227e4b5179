package dev.blog.application.user.service;

import dev.blog.application.shared.Transactions;
import dev.blog.application.user.port.in.ListUsersQuery;
import dev.blog.application.user.port.in.ListUsersUseCase;
import dev.blog.application.user.port.in.UserView;
import dev.blog.domain.access.AccessPolicy;
import dev.blog.domain.shared.Page;
import dev.blog.domain.user.UserFilter;
import dev.blog.domain.user.port.UserFollows;
import dev.blog.domain.user.port.UserRepository;

import java.util.Optional;

public final class ListUsersService implements ListUsersUseCase {

    private final UserRepository users;
    private final UserFollows follows;
    private final Transactions transactions;

    public ListUsersService(UserRepository users, UserFollows follows, Transactions transactions) {
        this.users = users;
        this.follows = follows;
        this.transactions = transactions;
    }

    @Override
    public Page<UserView> list(ListUsersQuery query) {
        if (query.active().isPresent()) {
            AccessPolicy.requireAdmin(query.actor(), "list users by their active flag");
        }
        UserFilter filter = new UserFilter(Optional.of(query.active().orElse(true)));
        boolean privateFields = query.actor().isAdmin();
        return transactions.readOnly(() -> UserViews.of(follows, users.findPage(filter, query.page()),
                query.actor(), user -> privateFields));
    }
}
