package dev.blog.application.post.service;

import dev.blog.application.post.port.in.RecordViewUseCase;
import dev.blog.application.shared.Transactions;
import dev.blog.application.post.port.in.RecordViewCommand;
import dev.blog.domain.post.PostVisibility;
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
    public long recordView(RecordViewCommand command) {
        // Not load-and-save: two concurrent views would both write the same count and one would be lost.
        // The store checks visibility in the same statement: a draft of someone else counts no view (404).
        PostVisibility visibility = PostVisibility.of(command.actor());
        return transactions.inTransaction(() -> posts.incrementViewCount(command.id(), visibility))
                .orElseThrow(() -> new NotFoundException("Post", command.id()));
    }
}
