package dev.blog.application.post.service;

import dev.blog.application.post.port.in.ListPostsQuery;
import dev.blog.application.post.port.in.ListPostsUseCase;
import dev.blog.application.shared.Transactions;
import dev.blog.domain.post.PostListItem;
import dev.blog.domain.post.port.PostQueries;
import dev.blog.domain.shared.Page;

public final class ListPostsService implements ListPostsUseCase {

    private final PostQueries queries;
    private final Transactions transactions;

    public ListPostsService(PostQueries queries, Transactions transactions) {
        this.queries = queries;
        this.transactions = transactions;
    }

    @Override
    public Page<PostListItem> list(ListPostsQuery query) {
        return transactions.readOnly(() -> queries.findPage(query.filter().seenBy(query.actor()), query.page(),
                query.actor().userId()));
    }
}
