package dev.blog.application.access.service;

import dev.blog.application.access.port.in.EnsureAdminCommand;
import dev.blog.application.access.port.in.EnsureAdminUseCase;
import dev.blog.application.shared.Transactions;
import dev.blog.domain.user.PasswordHash;
import dev.blog.domain.user.Role;
import dev.blog.domain.user.User;
import dev.blog.domain.user.port.PasswordHasher;
import dev.blog.domain.user.port.UserRepository;

import java.time.Clock;
import java.time.Instant;

public final class EnsureAdminService implements EnsureAdminUseCase {

    private final UserRepository users;
    private final PasswordHasher passwordHasher;
    private final Transactions transactions;
    private final Clock clock;

    public EnsureAdminService(UserRepository users, PasswordHasher passwordHasher, Transactions transactions,
                              Clock clock) {
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public User ensureAdmin(EnsureAdminCommand command) {
        boolean exists = transactions.inTransaction(() -> users.findByLogin(command.username().value())).isPresent();
        if (exists) {
            return transactions.inTransaction(() -> {
                User existing = users.findByLogin(command.username().value()).flatMap(found ->
                        users.findByIdForUpdate(found.requireId())).orElseThrow();
                Instant now = clock.instant();
                User admin = existing.changeRole(Role.ADMIN, now).changeActive(true, now);
                return admin.equals(existing) ? existing : users.update(admin);
            });
        }
        // Hashing is slow by design: only when the user is new, and before the transaction.
        PasswordHash hash = passwordHasher.hash(command.password());
        Instant now = clock.instant();
        return transactions.inTransaction(() -> users.create(User.register(command.username(), command.email(), hash,
                null, null, now).changeRole(Role.ADMIN, now)));
    }
}
