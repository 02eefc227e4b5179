package dev.blog.bootstrap;

import dev.blog.application.user.port.in.FollowUserUseCase;
import dev.blog.application.user.port.in.FollowedAmongUseCase;
import dev.blog.application.user.port.in.GetUserByUsernameUseCase;
import dev.blog.application.user.service.FollowedAmongService;
import dev.blog.application.user.service.GetUserByUsernameService;
import dev.blog.application.user.port.in.ListFollowersUseCase;
import dev.blog.application.user.port.in.ListFollowingUseCase;
import dev.blog.application.user.port.in.UnfollowUserUseCase;
import dev.blog.application.user.service.FollowUserService;
import dev.blog.application.user.service.ListFollowersService;
import dev.blog.application.user.service.ListFollowingService;
import dev.blog.application.user.service.UnfollowUserService;
import dev.blog.domain.user.port.UserFollows;
import dev.blog.application.shared.PasswordGuesses;
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

/**
 * The use cases of users: registration, profiles, listing, follows and deletion.
 * Built from the ports the adapters provide: the application stays free of Micronaut.
 */
@Factory
class UserFactory {

    @Singleton
    RegisterUserUseCase registerUser(UserRepository users, PasswordHasher hasher, Transactions transactions,
                                     Clock clock) {
        return new RegisterUserService(users, hasher, transactions, clock);
    }

    @Singleton
    GetUserUseCase getUser(UserRepository users, UserFollows follows, Transactions transactions) {
        return new GetUserService(users, follows, transactions);
    }

    @Singleton
    GetUserByUsernameUseCase getUserByUsername(UserRepository users, UserFollows follows, Transactions transactions) {
        return new GetUserByUsernameService(users, follows, transactions);
    }

    @Singleton
    FollowedAmongUseCase followedAmong(UserFollows follows, Transactions transactions) {
        return new FollowedAmongService(follows, transactions);
    }

    @Singleton
    ListUsersUseCase listUsers(UserRepository users, UserFollows follows, Transactions transactions) {
        return new ListUsersService(users, follows, transactions);
    }

    @Singleton
    UpdateUserUseCase updateUser(UserRepository users, UserFollows follows, PasswordHasher hasher,
                                 PasswordGuesses guesses, Transactions transactions, Clock clock) {
        return new UpdateUserService(users, follows, hasher, guesses, transactions, clock);
    }

    @Singleton
    DeleteUserUseCase deleteUser(UserRepository users, Transactions transactions) {
        return new DeleteUserService(users, transactions);
    }

    @Singleton
    FollowUserUseCase followUser(UserRepository users, UserFollows follows, Transactions transactions, Clock clock) {
        return new FollowUserService(users, follows, transactions, clock);
    }

    @Singleton
    UnfollowUserUseCase unfollowUser(UserRepository users, UserFollows follows, Transactions transactions) {
        return new UnfollowUserService(users, follows, transactions);
    }

    @Singleton
    ListFollowersUseCase listFollowers(UserRepository users, UserFollows follows, Transactions transactions) {
        return new ListFollowersService(users, follows, transactions);
    }

    @Singleton
    ListFollowingUseCase listFollowing(UserRepository users, UserFollows follows, Transactions transactions) {
        return new ListFollowingService(users, follows, transactions);
    }
}
