package dev.blog.application.post.service;

import dev.blog.application.post.port.in.DeletePostUseCase;
import dev.blog.application.shared.Transactions;
import dev.blog.application.post.port.in.DeletePostCommand;
import dev.blog.domain.post.port.PostRepository;

public final class DeletePostService implements DeletePostUseCase {

    private final PostRepository posts;
    private final Transactions transactions;

    public DeletePostService(PostRepository posts, Transactions transactions) {
        this.posts = posts;
        this.transactions = transactions;
    }

    @Override
    public void delete(DeletePostCommand command) {
        // The tag links go with the post through the store's cascading foreign key; the tags stay.
        transactions.inTransaction(() -> {
            ChangeablePosts.lockForChange(posts, command.actor(), command.id(), "delete this post")
                    .requireVersion(command.ifMatch());
            return posts.deleteById(command.id());
        });
    }
}
