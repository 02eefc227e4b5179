package dev.blog.application.access.service;

import dev.blog.application.access.port.in.IdentifyCallerUseCase;
import dev.blog.application.shared.Transactions;
import dev.blog.domain.access.Actor;
import dev.blog.domain.user.UserId;
import dev.blog.domain.user.port.UserRepository;

import java.util.Optional;

public final class IdentifyCallerService implements IdentifyCallerUseCase {

    private final UserRepository users;
    private final Transactions transactions;

    public IdentifyCallerService(UserRepository users, Transactions transactions) {
        this.users = users;
        this.transactions = transactions;
    }

    /**
     * On the primary, never a replica: a revocation (logout, new password, deactivation) must hold from the
     * very next request, and a replica may not have seen it yet.
     */
    @Override
    public Optional<Actor> identify(UserId userId, long tokenEpoch) {
        return transactions.inTransaction(() -> users.findById(userId))
                .filter(user -> user.honoursTokensOf(tokenEpoch))
                .map(user -> Actor.user(userId, user.role()));
    }
}
