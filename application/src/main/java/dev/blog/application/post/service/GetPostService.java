package dev.blog.application.post.service;

import dev.blog.application.post.port.in.GetPostUseCase;
import dev.blog.application.shared.Transactions;
import dev.blog.domain.post.PostDetails;
import dev.blog.domain.post.PostId;
import dev.blog.domain.post.port.PostQueries;
import dev.blog.domain.shared.NotFoundException;

public final class GetPostService implements GetPostUseCase {

    private final PostQueries queries;
    private final Transactions transactions;

    public GetPostService(PostQueries queries, Transactions transactions) {
        this.queries = queries;
        this.transactions = transactions;
    }

    @Override
    public PostDetails get(PostId id) {
        return transactions.readOnly(() -> queries.findById(id))
                .orElseThrow(() -> new NotFoundException("Post", id));
    }
}
