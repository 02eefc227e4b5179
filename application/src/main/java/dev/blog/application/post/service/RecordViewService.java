package dev.blog.application.post.service;

import dev.blog.application.post.port.in.RecordViewUseCase;
import dev.blog.application.shared.Transactions;
import dev.blog.domain.post.PostId;
import dev.blog.domain.post.port.PostRepository;
import dev.blog.domain.shared.NotFoundException;

public final class RecordViewService implements RecordViewUseCase {

    private final PostRepository posts;
    private final Transactions transactions;

    public RecordViewService(PostRepository posts, Transactions transactions) {
        this.posts = posts;
        this.transactions = transactions;
    }

    @Override
    public long recordView(PostId id) {
        // Not load-and-save: two concurrent views would both write the same count and one would be lost.
        return transactions.inTransaction(() -> posts.incrementViewCount(id))
                .orElseThrow(() -> new NotFoundException("Post", id));
    }
}
