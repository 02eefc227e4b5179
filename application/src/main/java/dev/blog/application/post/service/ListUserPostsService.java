package dev.blog.application.post.service;

import dev.blog.application.post.port.in.ListUserPostsQuery;
import dev.blog.application.post.port.in.ListUserPostsUseCase;
import dev.blog.application.shared.Transactions;
import dev.blog.domain.post.PostListItem;
import dev.blog.domain.post.PostFilter;
import dev.blog.domain.post.port.PostQueries;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.shared.Page;
import dev.blog.domain.user.port.UserRepository;

public final class ListUserPostsService implements ListUserPostsUseCase {

    private final UserRepository users;
    private final PostQueries queries;
    private final Transactions transactions;

    public ListUserPostsService(UserRepository users, PostQueries queries, Transactions transactions) {
        this.users = users;
        this.queries = queries;
        this.transactions = transactions;
    }

    @Override
    public Page<PostListItem> list(ListUserPostsQuery query) {
        return transactions.readOnly(() -> {
            if (!users.existsById(query.authorId())) {
                throw new NotFoundException("User", query.authorId());
            }
            return queries.findPage(PostFilter.byAuthor(query.authorId()).seenBy(query.actor()), query.page(),
                    query.actor().userId());
        });
    }
}
