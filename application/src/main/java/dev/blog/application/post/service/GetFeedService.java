package dev.blog.application.post.service;

import dev.blog.application.post.port.in.GetFeedQuery;
import dev.blog.application.post.port.in.GetFeedUseCase;
import dev.blog.application.shared.Transactions;
import dev.blog.domain.post.PostListItem;
import dev.blog.domain.post.port.PostQueries;
import dev.blog.domain.shared.Page;
import dev.blog.domain.user.UserId;

public final class GetFeedService implements GetFeedUseCase {

    private final PostQueries queries;
    private final Transactions transactions;

    public GetFeedService(PostQueries queries, Transactions transactions) {
        this.queries = queries;
        this.transactions = transactions;
    }

    @Override
    public Page<PostListItem> feed(GetFeedQuery query) {
        UserId follower = query.actor().requireUserId();
        return transactions.readOnly(() -> queries.findFeed(follower, query.page()));
    }
}
