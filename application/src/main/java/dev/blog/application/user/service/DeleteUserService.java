package dev.blog.application.user.service;

import dev.blog.domain.user.User;
import dev.blog.application.shared.Transactions;
import dev.blog.application.user.port.in.DeleteUserCommand;
import dev.blog.application.user.port.in.DeleteUserUseCase;
import dev.blog.domain.access.AccessPolicy;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.user.port.UserRepository;

public final class DeleteUserService implements DeleteUserUseCase {

    private final UserRepository users;
    private final Transactions transactions;

    public DeleteUserService(UserRepository users, Transactions transactions) {
        this.users = users;
        this.transactions = transactions;
    }

    @Override
    public void delete(DeleteUserCommand command) {
        command.actor().requireUserId();
        // Posts and their tag links go with the user through the store's cascading foreign keys; the
        // user's tokens stop working because there is no user left to honour them.
        transactions.inTransaction(() -> {
            User user = users.findByIdForUpdate(command.id())
                    .filter(found -> AccessPolicy.canSee(command.actor(), found))
                    .orElseThrow(() -> new NotFoundException("User", command.id()));
            AccessPolicy.requireOwnerOrAdmin(command.actor(), command.id(), "delete this user");
            user.requireVersion(command.ifMatch());
            users.deleteById(command.id());
        });
    }
}
