package dev.blog.application.comment.service;

import dev.blog.application.comment.port.in.UpdateCommentCommand;
import dev.blog.application.comment.port.in.UpdateCommentUseCase;
import dev.blog.application.shared.Transactions;
import dev.blog.domain.access.AccessPolicy;
import dev.blog.domain.comment.Comment;
import dev.blog.domain.comment.CommentDetails;
import dev.blog.domain.comment.port.CommentQueries;
import dev.blog.domain.comment.port.CommentRepository;
import dev.blog.domain.post.PostVisibility;

import java.time.Clock;

public final class UpdateCommentService implements UpdateCommentUseCase {

    private final CommentRepository comments;
    private final CommentQueries queries;
    private final Transactions transactions;
    private final Clock clock;

    public UpdateCommentService(CommentRepository comments, CommentQueries queries, Transactions transactions,
                                Clock clock) {
        this.comments = comments;
        this.queries = queries;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public CommentDetails update(UpdateCommentCommand command) {
        return transactions.inTransaction(() -> {
            Comment comment = ChangeableComments.lockForChange(comments, command.actor(), command.id()).comment();
            AccessPolicy.requireOwnerOrAdmin(command.actor(), comment.authorId(), "change this comment");
            comment.requireVersion(command.ifMatch());
            Comment changed = command.body().map(body -> comment.rewrite(body, clock.instant())).orElse(comment);
            if (changed != comment) {
                comments.update(changed);
            }
            return AddCommentService.readBack(queries, changed, PostVisibility.of(command.actor()));
        });
    }
}
