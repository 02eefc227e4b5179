package dev.blog.application.tag.service;

import dev.blog.application.shared.Transactions;
import dev.blog.application.tag.port.in.ListTagPostsQuery;
import dev.blog.application.tag.port.in.ListTagPostsUseCase;
import dev.blog.domain.post.PostListItem;
import dev.blog.domain.post.PostFilter;
import dev.blog.domain.post.port.PostQueries;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.shared.Page;
import dev.blog.domain.tag.port.TagRepository;

public final class ListTagPostsService implements ListTagPostsUseCase {

    private final TagRepository tags;
    private final PostQueries queries;
    private final Transactions transactions;

    public ListTagPostsService(TagRepository tags, PostQueries queries, Transactions transactions) {
        this.tags = tags;
        this.queries = queries;
        this.transactions = transactions;
    }

    @Override
    public Page<PostListItem> list(ListTagPostsQuery query) {
        return transactions.readOnly(() -> {
            if (tags.findByName(query.tag()).isEmpty()) {
                throw new NotFoundException("Tag", query.tag());
            }
            return queries.findPage(PostFilter.byTag(query.tag()).seenBy(query.actor()), query.page(),
                    query.actor().userId());
        });
    }
}
