package dev.blog.application.post.service;

import dev.blog.application.post.port.in.GetPostUseCase;
import dev.blog.application.shared.Transactions;
import dev.blog.domain.post.PostDetails;
import dev.blog.application.post.port.in.GetPostQuery;
import dev.blog.domain.post.PostVisibility;
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
    public PostDetails get(GetPostQuery query) {
        PostVisibility visibility = PostVisibility.of(query.actor());
        return transactions.readOnly(() -> queries.findById(query.id(), query.actor().userId()))
                .filter(post -> visibility.includes(post.author().id(), post.published()))
                .orElseThrow(() -> new NotFoundException("Post", query.id()));
    }
}
