package dev.blog.application.post.service;

import dev.blog.application.post.port.in.UpdatePostCommand;
import dev.blog.application.post.port.in.UpdatePostUseCase;
import dev.blog.application.shared.Transactions;
import dev.blog.domain.post.Post;
import dev.blog.domain.post.PostDetails;
import dev.blog.domain.post.port.PostQueries;
import dev.blog.domain.post.port.PostRepository;

import java.time.Clock;
import java.time.Instant;

public final class UpdatePostService implements UpdatePostUseCase {

    private final PostRepository posts;
    private final PostQueries queries;
    private final Transactions transactions;
    private final Clock clock;

    public UpdatePostService(PostRepository posts, PostQueries queries, Transactions transactions, Clock clock) {
        this.posts = posts;
        this.queries = queries;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public PostDetails update(UpdatePostCommand command) {
        return transactions.inTransaction(() -> {
            Post post = ChangeablePosts.lockForChange(posts, command.actor(), command.id(), "change this post");
            post.requireVersion(command.ifMatch());
            Post changed = apply(command, post, clock.instant());
            if (changed != post) {
                posts.update(changed);
            }
            return WrittenPosts.readBack(queries, command.id(), command.actor());
        });
    }

    private static Post apply(UpdatePostCommand command, Post post, Instant now) {
        Post changed = post;
        if (command.title().isPresent()) {
            changed = changed.retitle(command.title().get(), now);
        }
        if (command.content().isPresent()) {
            changed = changed.rewrite(command.content().get(), now);
        }
        if (command.summary().isPresent()) {
            changed = changed.changeSummary(command.summary().value().orElse(null), now);
        }
        if (command.published().isPresent()) {
            changed = changed.changePublished(command.published().get(), now);
        }
        if (command.tags().isPresent()) {
            changed = changed.replaceTags(command.tags().get(), now);
        }
        return changed;
    }
}
