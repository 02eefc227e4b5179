package dev.blog.application.user.service;

import dev.blog.application.shared.PasswordGuesses;
import dev.blog.application.shared.Transactions;
import dev.blog.application.user.port.in.UpdateUserCommand;
import dev.blog.application.user.port.in.UpdateUserUseCase;
import dev.blog.application.user.port.in.UserView;
import dev.blog.domain.access.AccessDeniedException;
import dev.blog.domain.access.AccessPolicy;
import dev.blog.domain.access.Actor;
import dev.blog.domain.shared.InvalidValueException;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.user.Password;
import dev.blog.domain.user.PasswordHash;
import dev.blog.domain.user.User;
import dev.blog.domain.user.port.PasswordHasher;
import dev.blog.domain.user.port.UserFollows;
import dev.blog.domain.user.port.UserRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class UpdateUserService implements UpdateUserUseCase {

    private final UserRepository users;
    private final UserFollows follows;
    private final PasswordHasher passwordHasher;
    private final PasswordGuesses guesses;
    private final Transactions transactions;
    private final Clock clock;

    public UpdateUserService(UserRepository users, UserFollows follows, PasswordHasher passwordHasher,
                             PasswordGuesses guesses, Transactions transactions, Clock clock) {
        this.guesses = guesses;
        this.users = users;
        this.follows = follows;
        this.passwordHasher = passwordHasher;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public UserView update(UpdateUserCommand command) {
        Actor actor = command.actor();
        actor.requireUserId();
        // On the primary (a replica may not have the user yet); the write below reads it again under a lock.
        User current = transactions.inTransaction(() -> users.findById(command.id()))
                .filter(user -> AccessPolicy.canSee(actor, user))
                .orElseThrow(() -> new NotFoundException("User", command.id()));
        AccessPolicy.requireOwnerOrAdmin(actor, command.id(), "change this user");
        if (command.role().isPresent()) {
            AccessPolicy.requireAdmin(actor, "change a user's role");
        }
        if (command.active().isPresent()) {
            AccessPolicy.requireAdmin(actor, "activate or deactivate a user");
        }
        // Hashing is slow by design: check and hash before the transaction so it holds no connection meanwhile.
        requireCurrentPasswordIfNeeded(command, current);
        Optional<PasswordHash> newHash = command.password().map(passwordHasher::hash);
        return transactions.inTransaction(() -> {
            // Locked until the end of the transaction, so that a concurrent logout's revocation is not overwritten.
            User user = users.findByIdForUpdate(command.id())
                    .orElseThrow(() -> new NotFoundException("User", command.id()));
            user.requireVersion(command.ifMatch());
            User changed = apply(command, newHash, user, clock.instant());
            return UserViews.of(follows, changed.equals(user) ? user : users.update(changed), actor, true);
        });
    }

    private void requireCurrentPasswordIfNeeded(UpdateUserCommand command, User current) {
        boolean sensitive = command.password().isPresent()
                || command.email().filter(email -> !email.equals(current.email())).isPresent();
        if (!sensitive || !AccessPolicy.needsCurrentPassword(command.actor(), command.id())) {
            return;
        }
        Password currentPassword = command.currentPassword().orElseThrow(() -> new InvalidValueException(
                "currentPassword", "is required to change your own password or e-mail address"));
        // A guess like a login's: wrong ones count towards locking the account (429), whichever door they use.
        String account = PasswordGuesses.accountOf(current.requireId());
        if (!guesses.check(account, currentPassword, current.passwordHash())) {
            throw new AccessDeniedException("The current password is wrong");
        }
        transactions.inTransaction(() -> guesses.forgive(account));
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
        if (command.role().isPresent()) {
            changed = changed.changeRole(command.role().get(), now);
        }
        if (command.imageUrl().isPresent()) {
            changed = changed.changeImageUrl(command.imageUrl().value().orElse(null), now);
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
