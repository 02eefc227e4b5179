package dev.blog.application.user.service;

import dev.blog.application.shared.Transactions;
import dev.blog.application.user.port.in.RegisterUserCommand;
import dev.blog.application.user.port.in.RegisterUserUseCase;
import dev.blog.application.user.port.in.UserView;
import dev.blog.domain.user.FollowCounts;
import dev.blog.domain.user.PasswordHash;
import dev.blog.domain.user.User;
import dev.blog.domain.user.port.PasswordHasher;
import dev.blog.domain.user.port.UserRepository;

import java.time.Clock;
import java.time.Instant;

public final class RegisterUserService implements RegisterUserUseCase {

    private final UserRepository users;
    private final PasswordHasher passwordHasher;
    private final Transactions transactions;
    private final Clock clock;

    public RegisterUserService(UserRepository users, PasswordHasher passwordHasher, Transactions transactions,
                               Clock clock) {
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public UserView register(RegisterUserCommand command) {
        // Hashing is slow by design: do it before the transaction so it holds no connection meanwhile.
        PasswordHash hash = passwordHasher.hash(command.password());
        Instant now = clock.instant();
        User user = User.register(command.username(), command.email(), hash, command.fullName(), command.bio(), now)
                .changeImageUrl(command.imageUrl(), now);
        // Nobody follows a user who has just registered, nor do they follow anyone.
        return new UserView(transactions.inTransaction(() -> users.create(user)), true, FollowCounts.NONE);
    }
}
