package dev.blog.bootstrap.access;

import dev.blog.application.access.port.in.EnsureAdminUseCase;
import dev.blog.application.access.port.in.IdentifyCallerUseCase;
import dev.blog.application.access.port.in.LoginUseCase;
import dev.blog.application.access.port.in.LogoutUseCase;
import dev.blog.application.access.service.EnsureAdminService;
import dev.blog.application.access.service.IdentifyCallerService;
import dev.blog.application.access.service.LoginService;
import dev.blog.application.access.service.LogoutService;
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

    @Singleton
    LoginUseCase login(UserRepository users, UserFollows follows, LoginAttempts attempts, PasswordHasher hasher,
                       Transactions transactions, Clock clock) {
        return new LoginService(users, follows, attempts, hasher, transactions, clock);
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
