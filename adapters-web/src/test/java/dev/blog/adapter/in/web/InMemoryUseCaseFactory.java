package dev.blog.adapter.in.web;

import dev.blog.application.access.port.in.IdentifyCallerUseCase;
import dev.blog.application.access.port.in.LoginUseCase;
import dev.blog.application.access.port.in.LogoutUseCase;
import dev.blog.application.access.service.IdentifyCallerService;
import dev.blog.application.access.service.LoginService;
import dev.blog.application.access.service.LogoutService;
import dev.blog.application.shared.PasswordGuesses;
import dev.blog.application.shared.Transactions;
import dev.blog.application.user.port.in.GetCurrentUserUseCase;
import dev.blog.application.user.port.in.DeleteUserUseCase;
import dev.blog.application.user.port.in.GetUserUseCase;
import dev.blog.application.user.port.in.ListUsersUseCase;
import dev.blog.application.user.port.in.RegisterUserUseCase;
import dev.blog.application.user.port.in.UpdateUserUseCase;
import dev.blog.application.user.service.DeleteUserService;
import dev.blog.application.user.service.GetCurrentUserService;
import dev.blog.application.user.service.GetUserService;
import dev.blog.application.user.service.ListUsersService;
import dev.blog.application.user.service.RegisterUserService;
import dev.blog.application.user.service.UpdateUserService;
import dev.blog.testsupport.access.InMemoryLoginAttempts;
import dev.blog.testsupport.user.FakePasswordHasher;
import dev.blog.testsupport.user.InMemoryUserFollows;
import dev.blog.testsupport.user.InMemoryUserRepository;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The real use cases on in-memory ports: the web adapter's tests exercise HTTP, JSON and error mapping
 * without a database, while the use cases behave exactly as in production.
 */
@Factory
class InMemoryUseCaseFactory {

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryUserFollows follows = new InMemoryUserFollows(users);
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    private final Transactions transactions = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }

        @Override
        public <T> T readOnly(Supplier<T> work) {
            return work.get();
        }
    };

    private final PasswordGuesses guesses = new PasswordGuesses(new InMemoryLoginAttempts(), hasher, transactions,
            clock);

    @Singleton
    InMemoryUserRepository userRepository() {
        return users;
    }

    @Singleton
    RegisterUserUseCase registerUser() {
        return new RegisterUserService(users, hasher, transactions, clock);
    }

    @Singleton
    GetUserUseCase getUser() {
        return new GetUserService(users, follows, transactions);
    }

    @Singleton
    ListUsersUseCase listUsers() {
        return new ListUsersService(users, follows, transactions);
    }

    @Singleton
    UpdateUserUseCase updateUser() {
        return new UpdateUserService(users, follows, hasher, guesses, transactions, clock);
    }

    @Singleton
    DeleteUserUseCase deleteUser() {
        return new DeleteUserService(users, transactions);
    }

    @Singleton
    GetCurrentUserUseCase getCurrentUser() {
        return new GetCurrentUserService(users, follows, transactions);
    }

    @Singleton
    LoginUseCase login() {
        return new LoginService(users, follows, guesses, hasher, transactions);
    }

    @Singleton
    LogoutUseCase logout() {
        return new LogoutService(users, transactions);
    }

    @Singleton
    IdentifyCallerUseCase identifyCaller() {
        return new IdentifyCallerService(users, transactions);
    }

    /** The controllers' page cursors, under a fixed test key. */
    @Singleton
    Cursors cursors() {
        return new Cursors("a test key for page cursors, 32+".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
