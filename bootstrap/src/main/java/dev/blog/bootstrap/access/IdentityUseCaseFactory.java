package dev.blog.bootstrap.access;

import dev.blog.application.access.port.in.EnsureAdminUseCase;
import dev.blog.application.access.port.in.IdentifyCallerUseCase;
import dev.blog.application.access.port.in.LoginUseCase;
import dev.blog.application.access.port.in.LogoutUseCase;
import dev.blog.application.access.service.EnsureAdminService;
import dev.blog.application.access.service.IdentifyCallerService;
import dev.blog.application.access.service.LoginService;
import dev.blog.application.access.service.LogoutService;
import dev.blog.application.shared.PasswordGuesses;
import dev.blog.application.shared.Transactions;
import dev.blog.application.user.port.in.GetCurrentUserUseCase;
import dev.blog.application.user.service.GetCurrentUserService;
import dev.blog.domain.access.port.LoginAttempts;
import dev.blog.domain.user.port.PasswordHasher;
import dev.blog.domain.user.port.UserFollows;
import dev.blog.domain.user.port.UserRepository;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Builds the use cases of identity and access (logging in and out, who is calling) from their ports. */
@Factory
class IdentityUseCaseFactory {

    /** One throttle of password guesses for every door that checks a password: login and account changes. */
    @Singleton
    PasswordGuesses passwordGuesses(LoginAttempts attempts, PasswordHasher hasher, Transactions transactions,
                                    Clock clock) {
        return new PasswordGuesses(attempts, hasher, transactions, clock);
    }

    @Singleton
    LoginUseCase login(UserRepository users, UserFollows follows, PasswordGuesses guesses, PasswordHasher hasher,
                       Transactions transactions) {
        return new LoginService(users, follows, guesses, hasher, transactions);
    }

    @Singleton
    LogoutUseCase logout(UserRepository users, Transactions transactions) {
        return new LogoutService(users, transactions);
    }

    @Singleton
    IdentifyCallerUseCase identifyCaller(UserRepository users, Transactions transactions) {
        return new IdentifyCallerService(users, transactions);
    }

    @Singleton
    EnsureAdminUseCase ensureAdmin(UserRepository users, PasswordHasher hasher, Transactions transactions, Clock clock) {
        return new EnsureAdminService(users, hasher, transactions, clock);
    }

    @Singleton
    GetCurrentUserUseCase getCurrentUser(UserRepository users, UserFollows follows, Transactions transactions) {
        return new GetCurrentUserService(users, follows, transactions);
    }
}
