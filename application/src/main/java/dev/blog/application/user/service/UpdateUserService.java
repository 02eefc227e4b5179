package dev.blog.application.user.service;

import dev.blog.application.shared.Transactions;
import dev.blog.application.user.port.in.UpdateUserCommand;
import dev.blog.application.user.port.in.UpdateUserUseCase;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.user.PasswordHash;
import dev.blog.domain.user.User;
import dev.blog.domain.user.port.PasswordHasher;
import dev.blog.domain.user.port.UserRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class UpdateUserService implements UpdateUserUseCase {

    private final UserRepository users;
    private final PasswordHasher passwordHasher;
    private final Transactions transactions;
    private final Clock clock;

    public UpdateUserService(UserRepository users, PasswordHasher passwordHasher, Transactions transactions,
                             Clock clock) {
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public User update(UpdateUserCommand command) {
        // Hashing is slow by design: do it before the transaction so it holds no connection meanwhile.
        Optional<PasswordHash> newHash = command.password().map(passwordHasher::hash);
        return transactions.inTransaction(() -> {
            User user = users.findById(command.id()).orElseThrow(() -> new NotFoundException("User", command.id()));
            User changed = apply(command, newHash, user, clock.instant());
            return changed.equals(user) ? user : users.update(changed);
        });
    }

    private static User apply(UpdateUserCommand command, Optional<PasswordHash> newHash, User user, Instant now) {
        User changed = user;
        if (command.username().isPresent()) {
            changed = changed.rename(command.username().get(), now);
        }
        if (command.email().isPresent()) {
            changed = changed.changeEmail(command.email().get(), now);
        }
        if (newHash.isPresent()) {
            changed = changed.changePassword(newHash.get(), now);
        }
        if (command.active().isPresent()) {
            changed = changed.changeActive(command.active().get(), now);
        }
        if (command.fullName().isPresent()) {
            changed = changed.changeFullName(command.fullName().value().orElse(null), now);
        }
        if (command.bio().isPresent()) {
            changed = changed.changeBio(command.bio().value().orElse(null), now);
        }
        return changed;
    }
}
