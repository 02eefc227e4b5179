package dev.blog.application.access.service;

import dev.blog.application.access.port.in.LoginCommand;
import dev.blog.application.access.port.in.LoginUseCase;
import dev.blog.application.shared.PasswordGuesses;
import dev.blog.application.shared.Transactions;
import dev.blog.domain.access.InvalidCredentialsException;
import dev.blog.domain.user.Password;
import dev.blog.domain.user.PasswordHash;
import dev.blog.application.user.port.in.UserView;
import dev.blog.domain.user.FollowCounts;
import dev.blog.domain.user.User;
import dev.blog.domain.user.UserId;
import dev.blog.domain.user.port.UserFollows;
import dev.blog.domain.user.port.PasswordHasher;
import dev.blog.domain.user.port.UserRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class LoginService implements LoginUseCase {

    private final UserRepository users;
    private final PasswordGuesses guesses;
    private final UserFollows follows;
    private final Transactions transactions;
    /** Checked against when the login is unknown, so that it costs what a wrong password costs. */
    private final PasswordHash dummyHash;

    public LoginService(UserRepository users, UserFollows follows, PasswordGuesses guesses,
                        PasswordHasher passwordHasher, Transactions transactions) {
        this.follows = follows;
        this.users = users;
        this.guesses = guesses;
        this.transactions = transactions;
        this.dummyHash = passwordHasher.hash(new Password(UUID.randomUUID().toString()));
    }

    @Override
    public UserView login(LoginCommand command) {
        // On the primary: a user who has just registered or changed their password logs in with it at once.
        Optional<User> user = transactions.inTransaction(() -> users.findByLogin(command.login()));
        String account = user.map(found -> PasswordGuesses.accountOf(found.requireId()))
                .orElse(PasswordGuesses.accountOfUnknownLogin(command.login()));
        boolean matches = guesses.check(account, command.password(), user.map(User::passwordHash).orElse(dummyHash));
        if (!matches || user.isEmpty() || !user.get().active()) {
            throw new InvalidCredentialsException();
        }
        UserId id = user.get().requireId();
        return transactions.inTransaction(() -> {
            guesses.forgive(account);
            return new UserView(user.get(), true,
                    follows.countsOf(List.of(id), Optional.of(id)).getOrDefault(id, FollowCounts.NONE));
        });
    }
}
