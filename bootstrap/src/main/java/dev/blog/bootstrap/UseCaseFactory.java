package dev.blog.bootstrap;

import dev.blog.application.shared.Transactions;
import dev.blog.application.user.port.in.DeleteUserUseCase;
import dev.blog.application.user.port.in.GetUserUseCase;
import dev.blog.application.user.port.in.ListUsersUseCase;
import dev.blog.application.user.port.in.RegisterUserUseCase;
import dev.blog.application.user.port.in.UpdateUserUseCase;
import dev.blog.application.user.service.DeleteUserService;
import dev.blog.application.user.service.GetUserService;
import dev.blog.application.user.service.ListUsersService;
import dev.blog.application.user.service.RegisterUserService;
import dev.blog.application.user.service.UpdateUserService;
import dev.blog.domain.user.port.PasswordHasher;
import dev.blog.domain.user.port.UserRepository;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/**
 * Builds the use cases from the ports the adapters provide. The application module stays free of
 * Micronaut: this is the one place that knows both sides.
 */
@Factory
class UseCaseFactory {

    /** Millisecond ticks: the precision the API shows, so what a write returns is what a read returns. */
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }

    @Singleton
    RegisterUserUseCase registerUser(UserRepository users, PasswordHasher hasher, Transactions transactions,
                                     Clock clock) {
        return new RegisterUserService(users, hasher, transactions, clock);
    }

    @Singleton
    GetUserUseCase getUser(UserRepository users, Transactions transactions) {
        return new GetUserService(users, transactions);
    }

    @Singleton
    ListUsersUseCase listUsers(UserRepository users, Transactions transactions) {
        return new ListUsersService(users, transactions);
    }

    @Singleton
    UpdateUserUseCase updateUser(UserRepository users, PasswordHasher hasher, Transactions transactions, Clock clock) {
        return new UpdateUserService(users, hasher, transactions, clock);
    }

    @Singleton
    DeleteUserUseCase deleteUser(UserRepository users, Transactions transactions) {
        return new DeleteUserService(users, transactions);
    }
}
