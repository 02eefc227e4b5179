package dev.blog.application.post.service;

import dev.blog.application.post.port.in.DeletePostUseCase;
import dev.blog.application.shared.Transactions;
import dev.blog.domain.post.PostId;
import dev.blog.domain.post.port.PostRepository;
import dev.blog.domain.shared.NotFoundException;

public final class DeletePostService implements DeletePostUseCase {

    private final PostRepository posts;
    private final Transactions transactions;

    public DeletePostService(PostRepository posts, Transactions transactions) {
        this.posts = posts;
        this.transactions = transactions;
    }

    @Override
    public void delete(PostId id) {
        // The tag links go with the post through the store's cascading foreign key; the tags stay.
        boolean deleted = transactions.inTransaction(() -> posts.deleteById(id));
        if (!deleted) {
            throw new NotFoundException("Post", id);
        }
    }
}
