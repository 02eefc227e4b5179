package dev.blog.application.post.service;

import dev.blog.application.post.port.in.UnlikePostCommand;
import dev.blog.application.post.port.in.UnlikePostUseCase;
import dev.blog.application.shared.Transactions;
import dev.blog.domain.post.LikeState;
import dev.blog.domain.post.PostVisibility;
import dev.blog.domain.post.port.PostLikes;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.user.UserId;

public final class UnlikePostService implements UnlikePostUseCase {

    private final PostLikes likes;
    private final Transactions transactions;

    public UnlikePostService(PostLikes likes, Transactions transactions) {
        this.likes = likes;
        this.transactions = transactions;
    }

    @Override
    public LikeState unlike(UnlikePostCommand command) {
        UserId user = command.actor().requireUserId();
        // The store checks visibility in the statement that unlikes: a draft of someone else is not there (404).
        PostVisibility visibility = PostVisibility.of(command.actor());
        return transactions.inTransaction(() -> likes.unlike(command.id(), user, visibility))
                .orElseThrow(() -> new NotFoundException("Post", command.id()));
    }
}
