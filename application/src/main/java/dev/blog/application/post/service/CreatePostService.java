package dev.blog.application.post.service;

import dev.blog.application.post.port.in.CreatePostCommand;
import dev.blog.application.post.port.in.CreatePostUseCase;
import dev.blog.application.shared.Transactions;
import dev.blog.domain.post.Post;
import dev.blog.domain.post.PostDetails;
import dev.blog.domain.post.port.PostQueries;
import dev.blog.domain.post.port.PostRepository;

import java.time.Clock;

public final class CreatePostService implements CreatePostUseCase {

    private final PostRepository posts;
    private final PostQueries queries;
    private final Transactions transactions;
    private final Clock clock;

    public CreatePostService(PostRepository posts, PostQueries queries, Transactions transactions, Clock clock) {
        this.posts = posts;
        this.queries = queries;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public PostDetails create(CreatePostCommand command) {
        // Built before the transaction: an invalid post (too many tags) then costs no connection.
        Post post = Post.create(command.author().requireUserId(), command.title(), command.content(),
                command.summary().orElse(null), command.published(),
                command.tags(), clock.instant());
        return transactions.inTransaction(() -> WrittenPosts.readBack(queries, posts.create(post).requireId(), command.author()));
    }
}
