package dev.blog.application.comment.service;

import dev.blog.application.comment.port.in.GetCommentQuery;
import dev.blog.application.comment.port.in.GetCommentUseCase;
import dev.blog.application.shared.Transactions;
import dev.blog.domain.comment.CommentDetails;
import dev.blog.domain.comment.port.CommentQueries;
import dev.blog.domain.post.PostVisibility;
import dev.blog.domain.shared.NotFoundException;

public final class GetCommentService implements GetCommentUseCase {

    private final CommentQueries queries;
    private final Transactions transactions;

    public GetCommentService(CommentQueries queries, Transactions transactions) {
        this.queries = queries;
        this.transactions = transactions;
    }

    @Override
    public CommentDetails get(GetCommentQuery query) {
        PostVisibility visibility = PostVisibility.of(query.actor());
        return transactions.readOnly(() -> queries.findById(query.id(), visibility))
                .orElseThrow(() -> new NotFoundException("Comment", query.id()));
    }
}
