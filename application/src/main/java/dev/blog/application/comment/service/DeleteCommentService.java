package dev.blog.application.comment.service;

import dev.blog.application.comment.port.in.DeleteCommentCommand;
import dev.blog.application.comment.port.in.DeleteCommentUseCase;
import dev.blog.application.shared.Transactions;
import dev.blog.domain.access.AccessPolicy;
import dev.blog.domain.comment.CommentOnPost;
import dev.blog.domain.comment.port.CommentRepository;

public final class DeleteCommentService implements DeleteCommentUseCase {

    private final CommentRepository comments;
    private final Transactions transactions;

    public DeleteCommentService(CommentRepository comments, Transactions transactions) {
        this.comments = comments;
        this.transactions = transactions;
    }

    @Override
    public void delete(DeleteCommentCommand command) {
        transactions.inTransaction(() -> {
            CommentOnPost found = ChangeableComments.lockForChange(comments, command.actor(), command.id());
            AccessPolicy.requireMayDeleteComment(command.actor(), found.comment().authorId(), found.post().authorId());
            found.comment().requireVersion(command.ifMatch());
            return comments.deleteById(command.id());
        });
    }
}
