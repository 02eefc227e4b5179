package dev.blog.application.comment.service;

import dev.blog.application.comment.port.in.ListPostCommentsQuery;
import dev.blog.application.comment.port.in.ListPostCommentsUseCase;
import dev.blog.application.shared.Transactions;
import dev.blog.domain.comment.CommentDetails;
import dev.blog.domain.comment.port.CommentQueries;
import dev.blog.domain.post.PostVisibility;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.shared.Page;

public final class ListPostCommentsService implements ListPostCommentsUseCase {

    private final CommentQueries queries;
    private final Transactions transactions;

    public ListPostCommentsService(CommentQueries queries, Transactions transactions) {
        this.queries = queries;
        this.transactions = transactions;
    }

    @Override
    public Page<CommentDetails> list(ListPostCommentsQuery query) {
        PostVisibility visibility = PostVisibility.of(query.actor());
        return transactions.readOnly(() -> queries.findPage(query.postId(), visibility, query.page()))
                .orElseThrow(() -> new NotFoundException("Post", query.postId()));
    }
}
