package dev.blog.application.user.service;

import dev.blog.application.shared.Transactions;
import dev.blog.application.user.port.in.DeleteUserUseCase;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.user.UserId;
import dev.blog.domain.user.port.UserRepository;

public final class DeleteUserService implements DeleteUserUseCase {

    private final UserRepository users;
    private final Transactions transactions;

    public DeleteUserService(UserRepository users, Transactions transactions) {
        this.users = users;
        this.transactions = transactions;
    }

    @Override
    public void delete(UserId id) {
        // Posts and their tag links go with the user through the store's cascading foreign keys.
        boolean deleted = transactions.inTransaction(() -> users.deleteById(id));
        if (!deleted) {
            throw new NotFoundException("User", id);
        }
    }
}
