package dev.blog.bootstrap;

import dev.blog.application.post.port.in.AddPostTagUseCase;
import dev.blog.application.post.port.in.CreatePostUseCase;
import dev.blog.application.post.port.in.DeletePostUseCase;
import dev.blog.application.post.port.in.GetPostUseCase;
import dev.blog.application.post.port.in.ListPostsUseCase;
import dev.blog.application.post.port.in.ListUserPostsUseCase;
import dev.blog.application.post.port.in.RecordViewUseCase;
import dev.blog.application.post.port.in.RemovePostTagUseCase;
import dev.blog.application.post.port.in.UpdatePostUseCase;
import dev.blog.application.post.service.AddPostTagService;
import dev.blog.application.post.service.CreatePostService;
import dev.blog.application.post.service.DeletePostService;
import dev.blog.application.post.service.GetPostService;
import dev.blog.application.post.service.ListPostsService;
import dev.blog.application.post.service.ListUserPostsService;
import dev.blog.application.post.service.RecordViewService;
import dev.blog.application.post.service.RemovePostTagService;
import dev.blog.application.post.service.UpdatePostService;
import dev.blog.application.shared.Transactions;
import dev.blog.application.tag.port.in.ListTagPostsUseCase;
import dev.blog.application.tag.port.in.ListTagsUseCase;
import dev.blog.application.tag.service.ListTagPostsService;
import dev.blog.application.tag.service.ListTagsService;
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
import dev.blog.domain.post.port.PostQueries;
import dev.blog.domain.post.port.PostRepository;
import dev.blog.domain.tag.port.TagRepository;
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

    @Singleton
    CreatePostUseCase createPost(PostRepository posts, PostQueries queries, Transactions transactions, Clock clock) {
        return new CreatePostService(posts, queries, transactions, clock);
    }

    @Singleton
    GetPostUseCase getPost(PostQueries queries, Transactions transactions) {
        return new GetPostService(queries, transactions);
    }

    @Singleton
    ListPostsUseCase listPosts(PostQueries queries, Transactions transactions) {
        return new ListPostsService(queries, transactions);
    }

    @Singleton
    ListUserPostsUseCase listUserPosts(UserRepository users, PostQueries queries, Transactions transactions) {
        return new ListUserPostsService(users, queries, transactions);
    }

    @Singleton
    UpdatePostUseCase updatePost(PostRepository posts, PostQueries queries, Transactions transactions, Clock clock) {
        return new UpdatePostService(posts, queries, transactions, clock);
    }

    @Singleton
    DeletePostUseCase deletePost(PostRepository posts, Transactions transactions) {
        return new DeletePostService(posts, transactions);
    }

    @Singleton
    RecordViewUseCase recordView(PostRepository posts, Transactions transactions) {
        return new RecordViewService(posts, transactions);
    }

    @Singleton
    AddPostTagUseCase addPostTag(PostRepository posts, PostQueries queries, Transactions transactions, Clock clock) {
        return new AddPostTagService(posts, queries, transactions, clock);
    }

    @Singleton
    RemovePostTagUseCase removePostTag(PostRepository posts, TagRepository tags, Transactions transactions,
                                       Clock clock) {
        return new RemovePostTagService(posts, tags, transactions, clock);
    }

    @Singleton
    ListTagsUseCase listTags(TagRepository tags, Transactions transactions) {
        return new ListTagsService(tags, transactions);
    }

    @Singleton
    ListTagPostsUseCase listTagPosts(TagRepository tags, PostQueries queries, Transactions transactions) {
        return new ListTagPostsService(tags, queries, transactions);
    }
}
