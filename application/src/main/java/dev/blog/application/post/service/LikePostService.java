package dev.blog.application.post.service;

import dev.blog.application.post.port.in.LikePostCommand;
import dev.blog.application.post.port.in.LikePostUseCase;
import dev.blog.application.shared.Transactions;
import dev.blog.domain.post.LikeState;
import dev.blog.domain.post.PostVisibility;
import dev.blog.domain.post.port.PostLikes;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.user.UserId;

public final class LikePostService implements LikePostUseCase {

    private final PostLikes likes;
    private final Transactions transactions;

    public LikePostService(PostLikes likes, Transactions transactions) {
        this.likes = likes;
        this.transactions = transactions;
    }

    @Override
    public LikeState like(LikePostCommand command) {
        UserId user = command.actor().requireUserId();
        // The store checks visibility in the statement that likes: someone else's draft cannot be liked (404).
        PostVisibility visibility = PostVisibility.of(command.actor());
        return transactions.inTransaction(() -> likes.like(command.id(), user, visibility))
                .orElseThrow(() -> new NotFoundException("Post", command.id()));
    }
}
