package dev.blog.application.post.service;

import dev.blog.application.post.port.in.GetPostBySlugQuery;
import dev.blog.application.post.port.in.GetPostBySlugUseCase;
import dev.blog.application.shared.Transactions;
import dev.blog.domain.post.PostDetails;
import dev.blog.domain.post.PostVisibility;
import dev.blog.domain.post.port.PostQueries;
import dev.blog.domain.shared.NotFoundException;

public final class GetPostBySlugService implements GetPostBySlugUseCase {

    private final PostQueries queries;
    private final Transactions transactions;

    public GetPostBySlugService(PostQueries queries, Transactions transactions) {
        this.queries = queries;
        this.transactions = transactions;
    }

    @Override
    public PostDetails get(GetPostBySlugQuery query) {
        PostVisibility visibility = PostVisibility.of(query.actor());
        return transactions.readOnly(() -> queries.findBySlug(query.slug(), query.actor().userId()))
                .filter(post -> visibility.includes(post.author().id(), post.published()))
                .orElseThrow(() -> new NotFoundException("Post", query.slug()));
    }
}
