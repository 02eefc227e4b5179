package dev.blog.application.comment.service;

import dev.blog.application.comment.port.in.AddCommentCommand;
import dev.blog.application.comment.port.in.AddCommentUseCase;
import dev.blog.application.shared.Transactions;
import dev.blog.domain.comment.Comment;
import dev.blog.domain.comment.CommentDetails;
import dev.blog.domain.comment.port.CommentQueries;
import dev.blog.domain.comment.port.CommentRepository;
import dev.blog.domain.post.PostVisibility;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.user.UserId;

import java.time.Clock;

public final class AddCommentService implements AddCommentUseCase {

    private final CommentRepository comments;
    private final CommentQueries queries;
    private final Transactions transactions;
    private final Clock clock;

    public AddCommentService(CommentRepository comments, CommentQueries queries, Transactions transactions,
                             Clock clock) {
        this.comments = comments;
        this.queries = queries;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public CommentDetails add(AddCommentCommand command) {
        UserId author = command.actor().requireUserId();
        PostVisibility visibility = PostVisibility.of(command.actor());
        return transactions.inTransaction(() -> {
            // The store checks that the caller may see the post as it stores: someone else's draft is a 404.
            Comment stored = comments.create(Comment.create(command.postId(), author, command.body(), clock.instant()),
                    visibility).orElseThrow(() -> new NotFoundException("Post", command.postId()));
            return readBack(queries, stored, visibility);
        });
    }

    /** Read in the writing transaction, so that a replica lagging behind cannot answer "not found". */
    static CommentDetails readBack(CommentQueries queries, Comment stored, PostVisibility visibility) {
        return queries.findById(stored.requireId(), visibility)
                .orElseThrow(() -> new IllegalStateException("comment " + stored.id() + " was just stored"));
    }
}
