package dev.blog.application.user.service;

import dev.blog.application.shared.Transactions;
import dev.blog.application.user.port.in.ListUsersQuery;
import dev.blog.application.user.port.in.ListUsersUseCase;
import dev.blog.domain.shared.Page;
import dev.blog.domain.user.User;
import dev.blog.domain.user.port.UserRepository;

public final class ListUsersService implements ListUsersUseCase {

    private final UserRepository users;
    private final Transactions transactions;

    public ListUsersService(UserRepository users, Transactions transactions) {
        this.users = users;
        this.transactions = transactions;
    }

    @Override
    public Page<User> list(ListUsersQuery query) {
        return transactions.readOnly(() -> users.findPage(query.filter(), query.page()));
    }
}
