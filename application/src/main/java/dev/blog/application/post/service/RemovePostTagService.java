package dev.blog.application.post.service;

import dev.blog.application.post.port.in.RemovePostTagCommand;
import dev.blog.application.post.port.in.RemovePostTagUseCase;
import dev.blog.application.shared.Transactions;
import dev.blog.domain.post.Post;
import dev.blog.domain.post.port.PostRepository;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.tag.Tag;
import dev.blog.domain.tag.port.TagRepository;

import java.time.Clock;

public final class RemovePostTagService implements RemovePostTagUseCase {

    private final PostRepository posts;
    private final TagRepository tags;
    private final Transactions transactions;
    private final Clock clock;

    public RemovePostTagService(PostRepository posts, TagRepository tags, Transactions transactions, Clock clock) {
        this.posts = posts;
        this.tags = tags;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void removeTag(RemovePostTagCommand command) {
        transactions.inTransaction(() -> {
            Post post = ChangeablePosts.lockForChange(posts, command.actor(), command.postId(), "untag this post");
            Tag tag = tags.findById(command.tagId())
                    .orElseThrow(() -> new NotFoundException("Tag", command.tagId()));
            Post untagged = post.removeTag(tag.name(), clock.instant());
            if (untagged != post) {
                posts.update(untagged);
            }
        });
    }
}
