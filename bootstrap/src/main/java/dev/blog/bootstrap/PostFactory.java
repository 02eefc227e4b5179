package dev.blog.bootstrap;

import dev.blog.application.post.port.in.GetFeedUseCase;
import dev.blog.application.post.service.GetFeedService;
import dev.blog.application.post.port.in.GetPostBySlugUseCase;
import dev.blog.application.post.service.GetPostBySlugService;
import dev.blog.application.post.port.in.LikePostUseCase;
import dev.blog.application.post.port.in.UnlikePostUseCase;
import dev.blog.application.post.service.LikePostService;
import dev.blog.application.post.service.UnlikePostService;
import dev.blog.domain.post.port.PostLikes;
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
import dev.blog.domain.post.port.PostQueries;
import dev.blog.domain.post.port.PostRepository;
import dev.blog.domain.tag.port.TagRepository;
import dev.blog.domain.user.port.UserRepository;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The use cases of posts: writing, reading, listing, tagging, counting views and likes.
 * Built from the ports the adapters provide: the application stays free of Micronaut.
 */
@Factory
class PostFactory {

    @Singleton
    CreatePostUseCase createPost(PostRepository posts, PostQueries queries, Transactions transactions, Clock clock) {
        return new CreatePostService(posts, queries, transactions, clock);
    }

    @Singleton
    GetPostUseCase getPost(PostQueries queries, Transactions transactions) {
        return new GetPostService(queries, transactions);
    }

    @Singleton
    GetPostBySlugUseCase getPostBySlug(PostQueries queries, Transactions transactions) {
        return new GetPostBySlugService(queries, transactions);
    }

    @Singleton
    GetFeedUseCase getFeed(PostQueries queries, Transactions transactions) {
        return new GetFeedService(queries, transactions);
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
    LikePostUseCase likePost(PostLikes likes, Transactions transactions) {
        return new LikePostService(likes, transactions);
    }

    @Singleton
    UnlikePostUseCase unlikePost(PostLikes likes, Transactions transactions) {
        return new UnlikePostService(likes, transactions);
    }
}
