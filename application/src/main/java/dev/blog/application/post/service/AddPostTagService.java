package dev.blog.application.post.service;

import dev.blog.application.post.port.in.AddPostTagCommand;
import dev.blog.application.post.port.in.AddPostTagUseCase;
import dev.blog.application.shared.Transactions;
import dev.blog.domain.post.Post;
import dev.blog.domain.post.PostDetails;
import dev.blog.domain.post.port.PostQueries;
import dev.blog.domain.post.port.PostRepository;

import java.time.Clock;

public final class AddPostTagService implements AddPostTagUseCase {

    private final PostRepository posts;
    private final PostQueries queries;
    private final Transactions transactions;
    private final Clock clock;

    public AddPostTagService(PostRepository posts, PostQueries queries, Transactions transactions, Clock clock) {
        this.posts = posts;
        this.queries = queries;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public PostDetails addTag(AddPostTagCommand command) {
        return transactions.inTransaction(() -> {
            // Through the aggregate, so the limit on the number of tags holds here as everywhere else.
            Post post = ChangeablePosts.lockForChange(posts, command.actor(), command.postId(), "tag this post");
            Post tagged = post.addTag(command.name(), clock.instant());
            if (tagged != post) {
                posts.update(tagged);
            }
            return WrittenPosts.readBack(queries, command.postId(), command.actor());
        });
    }
}
