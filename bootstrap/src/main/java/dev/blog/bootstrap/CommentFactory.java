package dev.blog.bootstrap;

import dev.blog.application.comment.port.in.AddCommentUseCase;
import dev.blog.application.comment.port.in.DeleteCommentUseCase;
import dev.blog.application.comment.port.in.GetCommentUseCase;
import dev.blog.application.comment.port.in.ListPostCommentsUseCase;
import dev.blog.application.comment.port.in.UpdateCommentUseCase;
import dev.blog.application.comment.service.AddCommentService;
import dev.blog.application.comment.service.DeleteCommentService;
import dev.blog.application.comment.service.GetCommentService;
import dev.blog.application.comment.service.ListPostCommentsService;
import dev.blog.application.comment.service.UpdateCommentService;
import dev.blog.application.shared.Transactions;
import dev.blog.domain.comment.port.CommentQueries;
import dev.blog.domain.comment.port.CommentRepository;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The use cases of comments: writing, reading, listing, changing and deleting them.
 * Built from the ports the adapters provide: the application stays free of Micronaut.
 */
@Factory
class CommentFactory {

    @Singleton
    AddCommentUseCase addComment(CommentRepository comments, CommentQueries queries, Transactions transactions,
                                 Clock clock) {
        return new AddCommentService(comments, queries, transactions, clock);
    }

    @Singleton
    GetCommentUseCase getComment(CommentQueries queries, Transactions transactions) {
        return new GetCommentService(queries, transactions);
    }

    @Singleton
    ListPostCommentsUseCase listPostComments(CommentQueries queries, Transactions transactions) {
        return new ListPostCommentsService(queries, transactions);
    }

    @Singleton
    UpdateCommentUseCase updateComment(CommentRepository comments, CommentQueries queries, Transactions transactions,
                                       Clock clock) {
        return new UpdateCommentService(comments, queries, transactions, clock);
    }

    @Singleton
    DeleteCommentUseCase deleteComment(CommentRepository comments, Transactions transactions) {
        return new DeleteCommentService(comments, transactions);
    }
}
